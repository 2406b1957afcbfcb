SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMChangeOrderRequestPCO](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[COR] [smallint] NOT NULL,
	[Project] [dbo].[bProject] NOT NULL,
	[PCOType] [dbo].[bDocType] NOT NULL,
	[PCO] [dbo].[bPCO] NOT NULL,
	[Date] [dbo].[bDate] NULL,
	[Status] [dbo].[bStatus] NULL,
	[TotalCost] [dbo].[bDollar] NULL,
	[PurchaseAmount] [dbo].[bDollar] NULL,
	[TotalRevenue] [dbo].[bDollar] NULL,
	[ROMAmount] [dbo].[bDollar] NULL,
	[Date1] [dbo].[bDate] NULL,
	[Date2] [dbo].[bDate] NULL,
	[Date3] [dbo].[bDate] NULL,
	[RecordAdded] [dbo].[bDate] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[CORID] [bigint] NULL,
	[PCOID] [bigint] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMChangeOrderRequestPCO] ADD CONSTRAINT [PK_vPMChangeOrderRequestPCO] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPMChangeOrderRequestPCO_PCO] ON [dbo].[vPMChangeOrderRequestPCO] ([PMCo] ASC, [Contract] ASC, [COR] ASC, [Project] ASC, [PCOType] ASC, [PCO] ASC)
GO
ALTER TABLE [dbo].[vPMChangeOrderRequestPCO] WITH CHECK ADD CONSTRAINT [FK_vPMChangeOrderRequestPCO_vPMChangeOrderRequestPCO_PCOID] FOREIGN KEY([PCOID]) REFERENCES [dbo].[bPMOP] ([KeyID])
GO
ALTER TABLE [dbo].[vPMChangeOrderRequestPCO] WITH CHECK ADD CONSTRAINT [FK_vPMChangeOrderRequestPCO_bPMCO] FOREIGN KEY([PMCo]) REFERENCES [dbo].[bPMCO] ([PMCo])
GO
ALTER TABLE [dbo].[vPMChangeOrderRequestPCO] WITH CHECK ADD CONSTRAINT [FK_vPMChangeOrderRequestPCO_bJCCM] FOREIGN KEY([PMCo], [Contract]) REFERENCES [dbo].[bJCCM] ([JCCo], [Contract])
GO
ALTER TABLE [dbo].[vPMChangeOrderRequestPCO] WITH CHECK ADD CONSTRAINT [FK_vPMChangeOrderRequestPCO_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[vPMChangeOrderRequestPCO] WITH CHECK ADD CONSTRAINT [FK_vPMChangeOrderRequestPCO_bPMOP] FOREIGN KEY([PMCo], [Project], [PCOType], [PCO]) REFERENCES [dbo].[bPMOP] ([PMCo], [Project], [PCOType], [PCO])
GO
ALTER TABLE [dbo].[vPMChangeOrderRequestPCO] WITH CHECK ADD CONSTRAINT [FK_vPMChangeOrderRequestPCO_vPMChangeOrderRequestPCO_KeyID] FOREIGN KEY([CORID]) REFERENCES [dbo].[vPMChangeOrderRequest] ([KeyID])
GO
