SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLBL](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[NetActivity] [dbo].[bDollar] NOT NULL,
	[Debits] [dbo].[bDollar] NULL,
	[Credits] [dbo].[bDollar] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bGLBL_NetActivity] CHECK ([NetActivity]=(isnull([Debits],(0))-isnull([Credits],(0))))
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLBL] ADD CONSTRAINT [PK_bGLBL] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLBL] ON [dbo].[bGLBL] ([GLCo] ASC, [GLAcct] ASC, [Mth] ASC)
GO
