SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLAS](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[Jrnl] [dbo].[bJrnl] NOT NULL,
	[GLRef] [dbo].[bGLRef] NOT NULL,
	[SourceCo] [dbo].[bCompany] NOT NULL,
	[Source] [dbo].[bSource] NOT NULL,
	[NetAmt] [dbo].[bDollar] NOT NULL,
	[Adjust] [dbo].[bYN] NULL,
	[Purge] [dbo].[bYN] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biGLAS] ON [dbo].[bGLAS] ([GLCo] ASC, [GLAcct] ASC, [Mth] ASC, [Jrnl] ASC, [GLRef] ASC, [SourceCo] ASC, [Source] ASC)
GO
CREATE NONCLUSTERED INDEX [viGLAS1] ON [dbo].[bGLAS] ([GLCo] ASC, [Mth] ASC, [Jrnl] ASC, [GLRef] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bGLAS_Mth] ON [dbo].[bGLAS] ([Mth] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLAS].[Adjust]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLAS].[Purge]'
GO
