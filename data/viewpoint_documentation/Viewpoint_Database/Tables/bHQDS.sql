SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQDS](
	[Seq] [int] NOT NULL,
	[Status] [dbo].[bStatus] NOT NULL,
	[Description] [dbo].[bDesc] NOT NULL,
	[YNBeginStatus] [dbo].[bYN] NOT NULL,
	[YNComplete] [dbo].[bYN] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQDS_Status] ON [dbo].[bHQDS] ([Status] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biHQDS_Seq] ON [dbo].[bHQDS] ([Seq] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQDS].[YNBeginStatus]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQDS].[YNComplete]'
GO
