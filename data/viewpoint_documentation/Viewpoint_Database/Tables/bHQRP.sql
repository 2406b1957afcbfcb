SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQRP](
	[Reviewer] [varchar](3) NOT NULL,
	[VPUserName] [dbo].[bVPUserName] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQRP] ON [dbo].[bHQRP] ([Reviewer] ASC, [VPUserName] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQRP] ([KeyID] ASC)
GO
