SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLRF](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[Jrnl] [dbo].[bJrnl] NOT NULL,
	[GLRef] [dbo].[bGLRef] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Adjust] [dbo].[bYN] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLRF] ADD CONSTRAINT [PK_bGLRF] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLRF] ON [dbo].[bGLRF] ([GLCo] ASC, [Mth] ASC, [Jrnl] ASC, [GLRef] ASC)
GO
ALTER TABLE [dbo].[bGLRF] WITH CHECK ADD CONSTRAINT [FK_bGLRF_bGLJR_GLCoJrnl] FOREIGN KEY([GLCo], [Jrnl]) REFERENCES [dbo].[bGLJR] ([GLCo], [Jrnl])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLRF].[Adjust]'
GO
