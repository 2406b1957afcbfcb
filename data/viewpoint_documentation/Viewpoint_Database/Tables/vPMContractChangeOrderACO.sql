SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMContractChangeOrderACO](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[ID] [smallint] NOT NULL,
	[Seq] [smallint] NOT NULL,
	[Project] [dbo].[bProject] NOT NULL,
	[ACO] [dbo].[bACO] NOT NULL,
	[Status] [dbo].[bStatus] NULL,
	[EstimateChange] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPMContractChangeOrderACO_EstimateChange] DEFAULT ((0)),
	[PurchaseChange] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPMContractChangeOrderACO_PurchaseChange] DEFAULT ((0)),
	[ContractChange] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vPMContractChangeOrderACO_ContractChange] DEFAULT ((0)),
	[COR] [smallint] NULL,
	[PCOType] [dbo].[bPCOType] NULL,
	[PCO] [dbo].[bPCO] NULL,
	[RecordAdded] [dbo].[bDate] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[CCOID] [bigint] NULL,
	[ACOID] [bigint] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMContractChangeOrderACO] ADD CONSTRAINT [PK_vPMContractChangeOrderACO] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPMContractChangeOrderACOSeq] ON [dbo].[vPMContractChangeOrderACO] ([PMCo] ASC, [Contract] ASC, [ID] ASC, [Seq] ASC)
GO
ALTER TABLE [dbo].[vPMContractChangeOrderACO] WITH CHECK ADD CONSTRAINT [FK_bPMOH_vPMContractChangeOrderACO_ACOID] FOREIGN KEY([ACOID]) REFERENCES [dbo].[bPMOH] ([KeyID])
GO
ALTER TABLE [dbo].[vPMContractChangeOrderACO] WITH CHECK ADD CONSTRAINT [FK_vPMContractChangeOrderACO_bJCCM] FOREIGN KEY([PMCo], [Contract]) REFERENCES [dbo].[bJCCM] ([JCCo], [Contract])
GO
ALTER TABLE [dbo].[vPMContractChangeOrderACO] WITH CHECK ADD CONSTRAINT [FK_vPMContractChangeOrder_vPMContractChangeOrderACO_CCOID] FOREIGN KEY([CCOID]) REFERENCES [dbo].[vPMContractChangeOrder] ([KeyID])
GO
