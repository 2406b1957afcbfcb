SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQRS](
	[JobState] [varchar](4) NOT NULL,
	[ResidentState] [varchar](4) NOT NULL,
	[Country] [char](2) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQRS] ON [dbo].[bHQRS] ([Country] ASC, [JobState] ASC, [ResidentState] ASC)
GO
