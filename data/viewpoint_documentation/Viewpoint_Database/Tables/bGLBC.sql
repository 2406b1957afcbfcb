SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLBC](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[BudgetCode] [dbo].[bBudgetCode] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLBC] ADD CONSTRAINT [PK_bGLBC] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLBC] ON [dbo].[bGLBC] ([GLCo] ASC, [BudgetCode] ASC)
GO
ALTER TABLE [dbo].[bGLBC] WITH CHECK ADD CONSTRAINT [FK_bGLBC_bGLCO_GLCo] FOREIGN KEY([GLCo]) REFERENCES [dbo].[bGLCO] ([GLCo])
GO
