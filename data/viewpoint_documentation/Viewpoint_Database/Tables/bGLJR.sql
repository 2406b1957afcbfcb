SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLJR](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[Jrnl] [dbo].[bJrnl] NOT NULL,
	[Description] [dbo].[bTransDesc] NULL,
	[Rev] [dbo].[bYN] NOT NULL,
	[RevJrnl] [dbo].[bJrnl] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLJR] ADD CONSTRAINT [PK_bGLJR] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLJR] ON [dbo].[bGLJR] ([GLCo] ASC, [Jrnl] ASC)
GO
ALTER TABLE [dbo].[bGLJR] WITH CHECK ADD CONSTRAINT [FK_bGLJR_bGLCO_GLCo] FOREIGN KEY([GLCo]) REFERENCES [dbo].[bGLCO] ([GLCo])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLJR].[Rev]'
GO
