SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLBD](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[BudgetCode] [dbo].[bBudgetCode] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BudgetAmt] [dbo].[bDollar] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biGLBD] ON [dbo].[bGLBD] ([GLCo] ASC, [GLAcct] ASC, [BudgetCode] ASC, [Mth] ASC)
GO
CREATE NONCLUSTERED INDEX [biGLBD2] ON [dbo].[bGLBD] ([GLCo] ASC, [Mth] ASC, [BudgetCode] ASC, [GLAcct] ASC)
GO
ALTER TABLE [dbo].[bGLBD] WITH CHECK ADD CONSTRAINT [FK_bGLBR_bGLBD_GLCoBudgetCode] FOREIGN KEY([GLCo], [BudgetCode]) REFERENCES [dbo].[bGLBC] ([GLCo], [BudgetCode])
GO
