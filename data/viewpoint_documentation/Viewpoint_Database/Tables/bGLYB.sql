SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLYB](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[FYEMO] [dbo].[bMonth] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[BeginBal] [dbo].[bDollar] NOT NULL,
	[NetAdj] [dbo].[bDollar] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLYB] ADD CONSTRAINT [PK_bGLYB] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLYB] ON [dbo].[bGLYB] ([GLCo] ASC, [FYEMO] ASC, [GLAcct] ASC)
GO
ALTER TABLE [dbo].[bGLYB] WITH CHECK ADD CONSTRAINT [FK_bGLYB_bGLFY_GLCoFYEMO] FOREIGN KEY([GLCo], [FYEMO]) REFERENCES [dbo].[bGLFY] ([GLCo], [FYEMO])
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bGLYB].[BeginBal]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bGLYB].[NetAdj]'
GO
