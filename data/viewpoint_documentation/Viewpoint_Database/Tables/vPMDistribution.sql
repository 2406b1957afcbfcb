SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMDistribution](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Seq] [bigint] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[SentToFirm] [dbo].[bFirm] NOT NULL,
	[SentToContact] [dbo].[bEmployee] NOT NULL,
	[ResponsiblePerson] [dbo].[bEmployee] NULL,
	[Send] [char](1) NOT NULL CONSTRAINT [DF_vPMDistribution_Send] DEFAULT ('N'),
	[PrefMethod] [char](1) NOT NULL CONSTRAINT [DF_vPMDistribution_PrefMethod] DEFAULT ('M'),
	[CC] [char](1) NOT NULL CONSTRAINT [DF_vPMDistribution_CC] DEFAULT ('N'),
	[DateSent] [dbo].[bDate] NULL,
	[DateSigned] [dbo].[bDate] NULL,
	[DrawingLogID] [bigint] NULL,
	[SubmittalID] [bigint] NULL,
	[TestLogID] [bigint] NULL,
	[InspectionLogID] [bigint] NULL,
	[PunchListID] [bigint] NULL,
	[ContractID] [bigint] NULL,
	[SubcontractID] [bigint] NULL,
	[ProjectNotesID] [bigint] NULL,
	[PurchaseOrderID] [bigint] NULL,
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[TestType] [dbo].[bDocType] NULL,
	[TestCode] [dbo].[bDocument] NULL,
	[InspectionType] [dbo].[bDocType] NULL,
	[InspectionCode] [dbo].[bDocument] NULL,
	[DrawingType] [dbo].[bDocType] NULL,
	[Drawing] [dbo].[bDocument] NULL,
	[Rev] [tinyint] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[SubmittalType] [dbo].[bDocType] NULL,
	[Submittal] [dbo].[bDocument] NULL,
	[POCo] [dbo].[bCompany] NULL,
	[PO] [varchar](30) NULL,
	[SLCo] [dbo].[bCompany] NULL,
	[SL] [varchar](30) NULL,
	[IssueType] [dbo].[bDocType] NULL,
	[Issue] [int] NULL,
	[IssueID] [bigint] NULL,
	[SubcontractCOID] [bigint] NULL,
	[SubCO] [smallint] NULL,
	[CORContract] [dbo].[bContract] NULL,
	[COR] [smallint] NULL,
	[CORID] [bigint] NULL,
	[POCOID] [bigint] NULL,
	[POCONum] [smallint] NULL,
	[Contract] [dbo].[bContract] NULL,
	[ID] [smallint] NULL,
	[ContractCOID] [bigint] NULL,
	[ApprovedCOID] [bigint] NULL,
	CONSTRAINT [CK_vPMDistribution_Send] CHECK ([Send]='Y' OR [Send]='N'),
	CONSTRAINT [CK_vPMDistribution_PrefMethod] CHECK ([PrefMethod]='M' OR [PrefMethod]='E' OR [PrefMethod]='F'),
	CONSTRAINT [CK_vPMDistribution_CC] CHECK ([CC]='N' OR [CC]='C' OR [CC]='B')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMDistribution] ADD CONSTRAINT [PK_vPMDistribution] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPMDistribution_DrawingLog] ON [dbo].[vPMDistribution] ([PMCo] ASC, [Project] ASC, [DrawingType] ASC, [Drawing] ASC, [SentToFirm] ASC, [SentToContact] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPMDistribution_InspectionLog] ON [dbo].[vPMDistribution] ([PMCo] ASC, [Project] ASC, [InspectionType] ASC, [InspectionCode] ASC, [SentToFirm] ASC, [SentToContact] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPMDistribution_Issue] ON [dbo].[vPMDistribution] ([PMCo] ASC, [Project] ASC, [Issue] ASC, [SentToFirm] ASC, [SentToContact] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPMDistribution_PO] ON [dbo].[vPMDistribution] ([PMCo] ASC, [Project] ASC, [POCo] ASC, [PO] ASC, [SentToFirm] ASC, [SentToContact] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPMDistribution_SL] ON [dbo].[vPMDistribution] ([PMCo] ASC, [Project] ASC, [SLCo] ASC, [SL] ASC, [SentToFirm] ASC, [SentToContact] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPMDistribution_SubcontractCO] ON [dbo].[vPMDistribution] ([PMCo] ASC, [Project] ASC, [SubCO] ASC, [SentToFirm] ASC, [SentToContact] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPMDistribution_Submittal] ON [dbo].[vPMDistribution] ([PMCo] ASC, [Project] ASC, [SubmittalType] ASC, [Submittal] ASC, [Rev] ASC, [SentToFirm] ASC, [SentToContact] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPMDistribution_TestLog] ON [dbo].[vPMDistribution] ([PMCo] ASC, [Project] ASC, [TestType] ASC, [TestCode] ASC, [SentToFirm] ASC, [SentToContact] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPMDistribution_PurchaseOrderID] ON [dbo].[vPMDistribution] ([PurchaseOrderID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vPMDistribution_VendorGroup] ON [dbo].[vPMDistribution] ([VendorGroup] ASC, [SentToFirm] ASC, [SentToContact] ASC)
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_bPMSM] FOREIGN KEY([SubmittalID]) REFERENCES [dbo].[bPMSM] ([KeyID])
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_bPMTL] FOREIGN KEY([TestLogID]) REFERENCES [dbo].[bPMTL] ([KeyID])
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_bPMDG] FOREIGN KEY([DrawingLogID]) REFERENCES [dbo].[bPMDG] ([KeyID])
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_bPMFM] FOREIGN KEY([VendorGroup], [SentToFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_bPMPM] FOREIGN KEY([VendorGroup], [SentToFirm], [SentToContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_bPMIL] FOREIGN KEY([InspectionLogID]) REFERENCES [dbo].[bPMIL] ([KeyID])
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_bPMIM] FOREIGN KEY([IssueID]) REFERENCES [dbo].[bPMIM] ([KeyID])
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_bPOHD] FOREIGN KEY([PurchaseOrderID]) REFERENCES [dbo].[bPOHD] ([KeyID])
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_bSLHD] FOREIGN KEY([SubcontractID]) REFERENCES [dbo].[bSLHD] ([KeyID])
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_vPMContractChangeOrder] FOREIGN KEY([ContractCOID]) REFERENCES [dbo].[vPMContractChangeOrder] ([KeyID])
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_vPMChangeOrderRequest] FOREIGN KEY([CORID]) REFERENCES [dbo].[vPMChangeOrderRequest] ([KeyID])
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_vPMPOCO_POCOID] FOREIGN KEY([POCOID]) REFERENCES [dbo].[vPMPOCO] ([KeyID])
GO
ALTER TABLE [dbo].[vPMDistribution] WITH CHECK ADD CONSTRAINT [FK_vPMDistribution_vPMSubcontractCO] FOREIGN KEY([SubcontractCOID]) REFERENCES [dbo].[vPMSubcontractCO] ([KeyID])
GO
