SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLFY](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[FYEMO] [dbo].[bMonth] NOT NULL,
	[BeginMth] [dbo].[bMonth] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[FiscalYear] [smallint] NOT NULL CONSTRAINT [DF_bGLFY_FiscalYear] DEFAULT ((0)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bGLFY_FYEMO] CHECK (datediff(month,[BeginMth],[FYEMO])<=(12)),
	CONSTRAINT [CK_bGLFY_FYEMO_2] CHECK (datepart(day,[FYEMO])=(1)),
	CONSTRAINT [CK_bGLFY_FYEMO_3] CHECK ([FYEMO]>=[BeginMth]),
	CONSTRAINT [CK_bGLFY_BeginMth] CHECK (datepart(day,[BeginMth])=(1))
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLFY] ADD CONSTRAINT [PK_bGLFY] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLFY] ON [dbo].[bGLFY] ([GLCo] ASC, [FYEMO] ASC)
GO
ALTER TABLE [dbo].[bGLFY] WITH CHECK ADD CONSTRAINT [FK_bGLFY_bGLCO_GLCo] FOREIGN KEY([GLCo]) REFERENCES [dbo].[bGLCO] ([GLCo])
GO
