SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAllowanceType](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[AllowanceTypeName] [varchar](16) NOT NULL,
	[AllowanceDescription] [dbo].[bDesc] NULL,
	[TableName] [varchar](128) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Notes] [dbo].[bNotes] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAllowanceType] ADD CONSTRAINT [PK_vPRAllowanceType] PRIMARY KEY CLUSTERED ([AllowanceTypeName] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPRAllowanceType_KeyID] ON [dbo].[vPRAllowanceType] ([KeyID] ASC)
GO
