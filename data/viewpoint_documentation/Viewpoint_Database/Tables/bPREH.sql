SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPREH](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[LastName] [varchar](30) NOT NULL,
	[FirstName] [varchar](30) NULL,
	[MidName] [varchar](15) NULL,
	[SortName] [dbo].[bSortName] NOT NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Zip] [dbo].[bZip] NULL,
	[Address2] [varchar](60) NULL,
	[Phone] [dbo].[bPhone] NULL,
	[SSN] [char](11) NOT NULL,
	[Race] [char](2) NOT NULL,
	[Sex] [char](1) NOT NULL,
	[BirthDate] [smalldatetime] NULL,
	[HireDate] [dbo].[bDate] NULL,
	[TermDate] [dbo].[bDate] NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PRDept] [dbo].[bDept] NOT NULL,
	[Craft] [dbo].[bCraft] NULL,
	[Class] [dbo].[bClass] NULL,
	[InsCode] [dbo].[bInsCode] NOT NULL,
	[TaxState] [varchar](4) NULL,
	[UnempState] [varchar](4) NOT NULL,
	[InsState] [varchar](4) NOT NULL,
	[LocalCode] [dbo].[bLocalCode] NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[UseState] [dbo].[bYN] NOT NULL,
	[UseIns] [dbo].[bYN] NOT NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[Crew] [varchar](10) NULL,
	[LastUpdated] [dbo].[bDate] NULL,
	[EarnCode] [dbo].[bEDLCode] NOT NULL,
	[HrlyRate] [dbo].[bUnitCost] NOT NULL,
	[SalaryAmt] [dbo].[bDollar] NOT NULL,
	[OTOpt] [char](1) NOT NULL,
	[OTSched] [tinyint] NULL,
	[JCFixedRate] [dbo].[bUnitCost] NOT NULL,
	[EMFixedRate] [dbo].[bUnitCost] NOT NULL,
	[YTDSUI] [dbo].[bDollar] NOT NULL,
	[OccupCat] [varchar](10) NULL,
	[CatStatus] [char](1) NULL,
	[DirDeposit] [char](1) NOT NULL,
	[RoutingId] [varchar](10) NULL,
	[BankAcct] [varchar](20) NULL,
	[AcctType] [char](1) NULL,
	[ActiveYN] [dbo].[bYN] NOT NULL,
	[PensionYN] [dbo].[bYN] NOT NULL,
	[PostToAll] [dbo].[bYN] NOT NULL,
	[CertYN] [dbo].[bYN] NOT NULL,
	[ChkSort] [varchar](10) NULL,
	[AuditYN] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Email] [varchar](60) NULL,
	[DefaultPaySeq] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPREH_DefaultPaySeq] DEFAULT ('N'),
	[DDPaySeq] [tinyint] NULL,
	[Suffix] [varchar](4) NULL,
	[TradeSeq] [tinyint] NULL,
	[CSLimit] [dbo].[bPct] NULL,
	[CSGarnGroup] [dbo].[bGroup] NULL,
	[CSAllocMethod] [char](1) NOT NULL CONSTRAINT [DF_bPREH_CSAllocMethod] DEFAULT ('P'),
	[Shift] [tinyint] NULL,
	[NonResAlienYN] [char](1) NOT NULL CONSTRAINT [DF_bPREH_NonResAlienYN] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Country] [char](2) NULL,
	[HDAmt] [dbo].[bDollar] NULL,
	[F1Amt] [dbo].[bDollar] NULL,
	[LCFStock] [dbo].[bDollar] NULL,
	[LCPStock] [dbo].[bDollar] NULL,
	[NAICS] [varchar](6) NULL,
	[AUEFTYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPREH_AUEFTYN] DEFAULT ('N'),
	[AUAccountNumber] [varchar](9) NULL,
	[AUBSB] [varchar](6) NULL,
	[AUReference] [varchar](18) NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[Equipment] [dbo].[bEquip] NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[PayMethodDelivery] [char](1) NULL CONSTRAINT [DF_bPREH_PayMethodDelivery] DEFAULT ('N'),
	[CPPQPPExempt] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPREH_CPPQPPExempt] DEFAULT ('N'),
	[EIExempt] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPREH_EIExempt] DEFAULT ('N'),
	[PPIPExempt] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPREH_PPIPExempt] DEFAULT ('N'),
	[TimesheetRevGroup] [varchar](10) NULL,
	[UpdatePRAEYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPREH_UpdatePRAEYN] DEFAULT ('N'),
	[WOTaxState] [varchar](4) NULL,
	[WOLocalCode] [dbo].[bLocalCode] NULL,
	[UseLocal] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPREH_UseLocal] DEFAULT ('N'),
	[UseUnempState] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPREH_UseUnempState] DEFAULT ('N'),
	[UseInsState] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPREH_UseInsState] DEFAULT ('N'),
	[NewHireActStartDate] [dbo].[bDate] NULL,
	[NewHireActEndDate] [dbo].[bDate] NULL,
	[CellPhone] [dbo].[bPhone] NULL,
	[ArrearsActiveYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPREH_ArrearsActiveYN] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPREH] ON [dbo].[bPREH] ([PRCo] ASC, [Employee] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPREH] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biPREHSortName] ON [dbo].[bPREH] ([SortName] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREH].[UseState]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREH].[UseIns]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPREH].[HrlyRate]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPREH].[SalaryAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPREH].[JCFixedRate]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPREH].[EMFixedRate]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPREH].[YTDSUI]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREH].[ActiveYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREH].[PensionYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREH].[PostToAll]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREH].[CertYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREH].[AuditYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREH].[DefaultPaySeq]'
GO
