SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vGLEntryTransaction](
	[GLEntryID] [bigint] NOT NULL,
	[GLTransaction] [int] NOT NULL,
	[Source] [dbo].[bSource] NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAccount] [dbo].[bGLAcct] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[ActDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bTransDesc] NOT NULL,
	[DetailTransGroup] [int] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vGLEntryTransaction] ADD CONSTRAINT [PK_vGLEntryTransaction] PRIMARY KEY CLUSTERED ([GLEntryID] ASC, [GLTransaction] ASC)
GO
ALTER TABLE [dbo].[vGLEntryTransaction] WITH CHECK ADD CONSTRAINT [FK_vGLEntryTransaction_vGLEntry] FOREIGN KEY([GLEntryID]) REFERENCES [dbo].[vGLEntry] ([GLEntryID])
GO
