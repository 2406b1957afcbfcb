SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMOI](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[PCOType] [dbo].[bDocType] NULL,
	[PCO] [dbo].[bPCO] NULL,
	[PCOItem] [dbo].[bPCOItem] NULL,
	[ACO] [dbo].[bACO] NULL,
	[ACOItem] [dbo].[bACOItem] NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Status] [dbo].[bStatus] NOT NULL,
	[ApprovedDate] [dbo].[bDate] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[Units] [dbo].[bUnits] NOT NULL,
	[UnitPrice] [dbo].[bUnitCost] NOT NULL,
	[PendingAmount] [dbo].[bDollar] NULL,
	[ApprovedAmt] [dbo].[bDollar] NULL,
	[Issue] [dbo].[bIssue] NULL,
	[Date1] [dbo].[bDate] NULL,
	[Date2] [dbo].[bDate] NULL,
	[Date3] [dbo].[bDate] NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[ContractItem] [dbo].[bContractItem] NULL,
	[Approved] [dbo].[bYN] NOT NULL,
	[ApprovedBy] [dbo].[bVPUserName] NULL,
	[ForcePhaseYN] [dbo].[bYN] NOT NULL,
	[FixedAmountYN] [dbo].[bYN] NOT NULL,
	[FixedAmount] [dbo].[bDollar] NULL,
	[Notes] [varchar](max) NULL,
	[BillGroup] [dbo].[bBillingGroup] NULL,
	[ChangeDays] [smallint] NULL CONSTRAINT [DF_bPMOI_ChangeDays] DEFAULT ((0)),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[InterfacedDate] [dbo].[bDate] NULL,
	[ProjectCopy] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMOI_ProjectCopy] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[BudgetNo] [varchar](10) NULL,
	[RFIType] [dbo].[bDocType] NULL,
	[RFI] [dbo].[bDocument] NULL,
	[InterfacedBy] [dbo].[bVPUserName] NULL,
	CONSTRAINT [CK_bPMOI_PCOType] CHECK ([PCO] IS NULL OR [PCOType] IS NOT NULL)
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMOI] ON [dbo].[bPMOI] ([PMCo] ASC, [Project] ASC, [PCOType] ASC, [PCO] ASC, [PCOItem] ASC, [ACO] ASC, [ACOItem] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMOI] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biPMOIPCOType] ON [dbo].[bPMOI] ([PCOType] ASC, [PMCo] ASC, [Project] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bPMOI_PMCOContract] ON [dbo].[bPMOI] ([PMCo] ASC, [Contract] ASC, [Project] ASC)
GO
CREATE NONCLUSTERED INDEX [biPMOIStatus] ON [dbo].[bPMOI] ([Status] ASC, [PMCo] ASC, [Project] ASC)
GO
ALTER TABLE [dbo].[bPMOI] WITH CHECK ADD CONSTRAINT [FK_bPMOI_bJCCI] FOREIGN KEY([PMCo], [Contract], [ContractItem]) REFERENCES [dbo].[bJCCI] ([JCCo], [Contract], [Item])
GO
ALTER TABLE [dbo].[bPMOI] WITH CHECK ADD CONSTRAINT [FK_bPMOI_bPMOH] FOREIGN KEY([PMCo], [Project], [ACO]) REFERENCES [dbo].[bPMOH] ([PMCo], [Project], [ACO])
GO
ALTER TABLE [dbo].[bPMOI] WITH CHECK ADD CONSTRAINT [FK_bPMOI_bPMOP] FOREIGN KEY([PMCo], [Project], [PCOType], [PCO]) REFERENCES [dbo].[bPMOP] ([PMCo], [Project], [PCOType], [PCO])
GO
ALTER TABLE [dbo].[bPMOI] WITH CHECK ADD CONSTRAINT [FK_bPMOI_bPMDT] FOREIGN KEY([PCOType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPMOI].[Units]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPMOI].[UnitPrice]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMOI].[Approved]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPMOI].[Approved]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMOI].[ForcePhaseYN]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPMOI].[ForcePhaseYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMOI].[FixedAmountYN]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPMOI].[FixedAmountYN]'
GO
