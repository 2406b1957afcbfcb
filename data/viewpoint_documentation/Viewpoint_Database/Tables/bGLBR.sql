SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLBR](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[FYEMO] [dbo].[bMonth] NOT NULL,
	[BudgetCode] [dbo].[bBudgetCode] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[BeginBalance] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bGLBR_BeginBalance] DEFAULT ((0)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLBR] ADD CONSTRAINT [PK_bGLBR] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLBR] ON [dbo].[bGLBR] ([GLCo] ASC, [FYEMO] ASC, [BudgetCode] ASC, [GLAcct] ASC)
GO
ALTER TABLE [dbo].[bGLBR] WITH CHECK ADD CONSTRAINT [FK_bGLBR_bGLBC_GLCoBudgetCode] FOREIGN KEY([GLCo], [BudgetCode]) REFERENCES [dbo].[bGLBC] ([GLCo], [BudgetCode])
GO
ALTER TABLE [dbo].[bGLBR] WITH CHECK ADD CONSTRAINT [FK_bGLBR_bGLFY_GLCoFYEMO] FOREIGN KEY([GLCo], [FYEMO]) REFERENCES [dbo].[bGLFY] ([GLCo], [FYEMO])
GO
