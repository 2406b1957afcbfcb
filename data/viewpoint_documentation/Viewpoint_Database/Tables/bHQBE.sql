SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQBE](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[Seq] [int] NOT NULL,
	[ErrorText] [varchar](255) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQBE] ON [dbo].[bHQBE] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [Seq] ASC)
GO
