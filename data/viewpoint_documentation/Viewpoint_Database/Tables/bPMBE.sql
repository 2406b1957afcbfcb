SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMBE](
	[Co] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[Seq] [int] NOT NULL,
	[ErrorText] [varchar](255) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMBE] ON [dbo].[bPMBE] ([Co] ASC, [Project] ASC, [Mth] ASC, [Seq] ASC)
GO
