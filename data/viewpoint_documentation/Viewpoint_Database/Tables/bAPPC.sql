SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPPC](
	[APCo] [dbo].[bCompany] NOT NULL,
	[PayCategory] [int] NOT NULL,
	[ExpPayType] [tinyint] NULL,
	[JobPayType] [tinyint] NULL,
	[SubPayType] [tinyint] NULL,
	[RetPayType] [tinyint] NULL,
	[DiscOffGLAcct] [dbo].[bGLAcct] NULL,
	[DiscTakenGLAcct] [dbo].[bGLAcct] NULL,
	[Description] [dbo].[bDesc] NULL,
	[Notes] [varchar](max) NULL,
	[GLCo] [tinyint] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SMPayType] [tinyint] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bAPPC] ADD CONSTRAINT [PK_bAPPC] PRIMARY KEY CLUSTERED ([APCo] ASC, [PayCategory] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPPC] ([KeyID] ASC)
GO
