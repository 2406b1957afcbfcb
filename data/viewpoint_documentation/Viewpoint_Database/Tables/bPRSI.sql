SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRSI](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[State] [varchar](4) NOT NULL,
	[TaxID] [varchar](20) NULL,
	[TaxDedn] [dbo].[bEDLCode] NULL,
	[TaxDiff] [dbo].[bYN] NOT NULL,
	[UnempID] [varchar](20) NULL,
	[SUTALiab] [dbo].[bEDLCode] NULL,
	[AccumHrsWks] [char](1) NOT NULL,
	[Contact] [varchar](30) NULL,
	[Phone] [varchar](15) NULL,
	[PhoneExt] [varchar](5) NULL,
	[TransId] [varchar](10) NULL,
	[C3] [varchar](1) NULL,
	[SuffixCode] [varchar](5) NULL,
	[EstabId] [varchar](4) NULL,
	[StateId] [varchar](2) NULL,
	[TaxType] [varchar](1) NULL,
	[TaxEntity] [varchar](10) NULL,
	[ControlId] [varchar](7) NULL,
	[UnitId] [varchar](5) NULL,
	[County] [varchar](3) NULL,
	[OutCounty] [varchar](7) NULL,
	[DocControl] [varchar](10) NULL,
	[Notes] [varchar](max) NULL,
	[LocalCode1] [dbo].[bLocalCode] NULL,
	[LocalCode2] [dbo].[bLocalCode] NULL,
	[LocalCode3] [dbo].[bLocalCode] NULL,
	[Plant] [varchar](2) NULL,
	[Branch] [varchar](3) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[DLCode1] [dbo].[bEDLCode] NULL,
	[DLCode2] [dbo].[bEDLCode] NULL,
	[DisabilityPlanId] [varchar](20) NULL,
	[WagePlan] [varchar](1) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[EMail] [varchar](50) NULL,
	[ExcludeOutOfStateSUTAWagesYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRSI_ExcludeOutOfStateSUTAWagesYN] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRSI] ON [dbo].[bPRSI] ([PRCo] ASC, [State] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRSI] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRSI].[TaxDiff]'
GO
