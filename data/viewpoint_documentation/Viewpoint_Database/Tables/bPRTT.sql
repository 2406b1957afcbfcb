SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRTT](
	[UserId] [dbo].[bVPUserName] NOT NULL,
	[SendSeq] [int] NOT NULL,
	[Module] [char](2) NOT NULL,
	[Co] [dbo].[bCompany] NOT NULL,
	[BatchMth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[PostDate] [dbo].[bDate] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRTT] ON [dbo].[bPRTT] ([UserId] ASC, [SendSeq] ASC, [Module] ASC, [Co] ASC, [BatchMth] ASC, [BatchId] ASC)
GO
