SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQMA](
	[TableName] [char](30) NOT NULL,
	[KeyString] [varchar](1000) NOT NULL,
	[Co] [dbo].[bCompany] NULL,
	[RecType] [char](1) NOT NULL,
	[FieldName] [char](30) NULL,
	[OldValue] [varchar](max) NULL,
	[NewValue] [varchar](max) NULL,
	[DateTime] [datetime] NOT NULL,
	[UserName] [dbo].[bVPUserName] NOT NULL,
	[AuditID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bHQMA] ADD CONSTRAINT [PK_bHQMA] PRIMARY KEY CLUSTERED ([AuditID] ASC)
GO
CREATE CLUSTERED INDEX [IX_biHQMA_DateTime] ON [dbo].[bHQMA] ([DateTime] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bHQMA_TableName] ON [dbo].[bHQMA] ([TableName] ASC)
GO
