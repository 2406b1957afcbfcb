SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMPCOApproveItem](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[ApprovalID] [smallint] NOT NULL,
	[Project] [dbo].[bProject] NOT NULL,
	[PCOType] [dbo].[bPCOType] NOT NULL,
	[PCO] [dbo].[bPCO] NOT NULL,
	[PCOItem] [dbo].[bPCOItem] NOT NULL,
	[Approve] [dbo].[bYN] NULL,
	[ACO] [dbo].[bACO] NULL,
	[ACOItem] [dbo].[bACOItem] NULL,
	[ACOItemDesc] [dbo].[bItemDesc] NULL,
	[ApprovalDate] [dbo].[bDate] NULL,
	[ContractItem] [dbo].[bContractItem] NULL,
	[ApprovedAmount] [dbo].[bDollar] NULL,
	[AdditionalDays] [int] NULL,
	[UM] [dbo].[bUM] NULL,
	[Units] [dbo].[bUnitCost] NULL,
	[Error] [varchar](255) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMPCOApproveItem] ADD CONSTRAINT [PK_vPMPCOApproveItem] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPMPCOApproveItem_PCOItem] ON [dbo].[vPMPCOApproveItem] ([PMCo] ASC, [ApprovalID] ASC, [Project] ASC, [PCOType] ASC, [PCO] ASC, [PCOItem] ASC)
GO
