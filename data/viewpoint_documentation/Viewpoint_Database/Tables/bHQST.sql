SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQST](
	[State] [varchar](4) NOT NULL,
	[Name] [dbo].[bDesc] NULL,
	[W2Name] [varchar](10) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Country] [char](2) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQST] ON [dbo].[bHQST] ([Country] ASC, [State] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQST] ([KeyID] ASC)
GO
