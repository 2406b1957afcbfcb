SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCJM](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Contract] [dbo].[bContract] NULL,
	[JobStatus] [tinyint] NOT NULL CONSTRAINT [DF_bJCJM_JobStatus] DEFAULT ((0)),
	[BidNumber] [varchar](10) NULL,
	[LockPhases] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCJM_LockPhases] DEFAULT ('N'),
	[ProjectMgr] [int] NULL,
	[JobPhone] [dbo].[bPhone] NULL,
	[JobFax] [dbo].[bPhone] NULL,
	[MailAddress] [varchar](60) NULL,
	[MailCity] [varchar](30) NULL,
	[MailState] [varchar](4) NULL,
	[MailZip] [dbo].[bZip] NULL,
	[MailAddress2] [varchar](60) NULL,
	[ShipAddress] [varchar](60) NULL,
	[ShipCity] [varchar](30) NULL,
	[ShipState] [varchar](4) NULL,
	[ShipZip] [dbo].[bZip] NULL,
	[ShipAddress2] [varchar](60) NULL,
	[LiabTemplate] [smallint] NULL,
	[TaxGroup] [dbo].[bGroup] NOT NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[InsTemplate] [smallint] NULL,
	[MarkUpDiscRate] [dbo].[bRate] NOT NULL,
	[PRLocalCode] [dbo].[bLocalCode] NULL,
	[PRStateCode] [varchar](4) NULL,
	[Certified] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCJM_Certified] DEFAULT ('N'),
	[EEORegion] [char](8) NULL,
	[SMSACode] [char](10) NULL,
	[CraftTemplate] [smallint] NULL,
	[ProjMinPct] [dbo].[bPct] NOT NULL,
	[Notes] [varchar](max) NULL,
	[SLCompGroup] [varchar](10) NULL,
	[POCompGroup] [varchar](10) NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[ArchEngFirm] [dbo].[bFirm] NULL,
	[OTSched] [tinyint] NULL,
	[PriceTemplate] [smallint] NULL,
	[HaulTaxOpt] [tinyint] NOT NULL CONSTRAINT [DF_bJCJM_HaulTaxOpt] DEFAULT ((0)),
	[GeoCode] [varchar](10) NULL,
	[BaseTaxOn] [varchar](1) NOT NULL CONSTRAINT [DF_bJCJM_BaseTaxOn] DEFAULT ('J'),
	[UpdatePlugs] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCJM_UpdatePlugs] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[ContactCode] [dbo].[bEmployee] NULL,
	[ClosePurgeFlag] [dbo].[bYN] NULL CONSTRAINT [DF_bJCJM_ClosePurgeFlag] DEFAULT ('N'),
	[OurFirm] [dbo].[bFirm] NULL,
	[AutoAddItemYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCJM_AutoAddItemYN] DEFAULT ('N'),
	[OverProjNotes] [varchar](8000) NULL CONSTRAINT [DF_bJCJM_OverProjNotes] DEFAULT (NULL),
	[WghtAvgOT] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCJM_WghtAvgOT] DEFAULT ('N'),
	[HrsPerManDay] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_bJCJM_HrsPerManDay] DEFAULT ((8)),
	[AutoGenSubNo] [varchar](1) NOT NULL CONSTRAINT [DF_bJCJM_AutoGenSubNo] DEFAULT ('T'),
	[SecurityGroup] [int] NULL,
	[DefaultStdDaysDue] [smallint] NULL,
	[DefaultRFIDaysDue] [smallint] NULL,
	[UpdateAPActualsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCJM_UpdateAPActualsYN] DEFAULT ('Y'),
	[UpdateMSActualsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCJM_UpdateMSActualsYN] DEFAULT ('Y'),
	[AutoGenPCONo] [varchar](1) NOT NULL CONSTRAINT [DF_bJCJM_AutoGenPCONo] DEFAULT ('P'),
	[AutoGenMTGNo] [varchar](1) NOT NULL CONSTRAINT [DF_bJCJM_AutoGenMTGNo] DEFAULT ('P'),
	[AutoGenRFINo] [varchar](1) NOT NULL CONSTRAINT [DF_bJCJM_AutoGenRFINo] DEFAULT ('P'),
	[RateTemplate] [smallint] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[RevGrpInv] [varchar](10) NULL,
	[MailCountry] [char](2) NULL,
	[ShipCountry] [char](2) NULL,
	[CertDate] [dbo].[bDate] NULL,
	[AutoGenRFQNo] [char](1) NOT NULL CONSTRAINT [DF_bJCJM_AutoGenRFQNo] DEFAULT ('T'),
	[ApplyEscalators] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCJM_ApplyEscalators] DEFAULT ('N'),
	[UseTaxYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCJM_UseTaxYN] DEFAULT ('N'),
	[TimesheetRevGroup] [varchar](10) NULL,
	[PotentialProjectID] [bigint] NULL,
	[PCVisibleInJC] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCJM_PCVisibleInJC] DEFAULT ('Y'),
	[SubmittalReviewDaysResponsibleFirm] [int] NULL,
	[SubmittalReviewDaysApprovingFirm] [int] NULL,
	[SubmittalReviewDaysRequestingFirm] [int] NULL,
	[SubmittalReviewDaysAutoCalcYN] [dbo].[bYN] NULL CONSTRAINT [DF_bJCJM_SubmittalReviewDaysAutoCalcYN] DEFAULT ('Y'),
	[SubmittalApprovingFirm] [dbo].[bFirm] NULL,
	[SubmittalApprovingFirmContact] [dbo].[bEmployee] NULL,
	CONSTRAINT [CK_bJCJM_BaseTaxOn] CHECK ([BaseTaxOn]='O' OR [BaseTaxOn]='V' OR [BaseTaxOn]='J'),
	CONSTRAINT [CK_bJCJM_AutoGenRFQNo] CHECK ([AutoGenRFQNo]='T' OR [AutoGenRFQNo]='C' OR [AutoGenRFQNo]='P')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCJM] ON [dbo].[bJCJM] ([JCCo] ASC, [Job] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCJM] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCJM].[LockPhases]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCJM].[TaxGroup]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCJM].[MarkUpDiscRate]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCJM].[Certified]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCJM].[ProjMinPct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCJM].[UpdatePlugs]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCJM].[ClosePurgeFlag]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCJM].[AutoAddItemYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCJM].[WghtAvgOT]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCJM].[UpdateAPActualsYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCJM].[UpdateMSActualsYN]'
GO
