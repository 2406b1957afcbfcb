SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vGLEntryBatchInterfacing](
	[GLEntryBatchInterfacingID] [bigint] IDENTITY(1,1) NOT NULL,
	[GLEntrySource] [dbo].[bSource] NOT NULL,
	[BatchCo] [dbo].[bCompany] NOT NULL,
	[BatchMth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[InterfacingCo] [dbo].[bCompany] NOT NULL,
	[InterfaceLevel] [tinyint] NOT NULL,
	[Journal] [dbo].[bJrnl] NULL,
	[SummaryDescription] [dbo].[bTransDesc] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vGLEntryBatchInterfacing] ADD CONSTRAINT [PK_vGLEntryBatchInterfacing] PRIMARY KEY CLUSTERED ([GLEntryBatchInterfacingID] ASC)
GO
