SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQSA](
	[AttributeID] [bigint] IDENTITY(1,1) NOT NULL,
	[AuditID] [bigint] NULL,
	[Datatype] [varchar](30) NULL,
	[Qualifier] [tinyint] NULL,
	[Instance] [varchar](30) NULL,
	[TableName] [varchar](128) NULL
) ON [PRIMARY]
GO
CREATE NONCLUSTERED INDEX [IX_vHQSA_TableName] ON [dbo].[vHQSA] ([TableName] ASC, [Datatype] ASC, [Instance] ASC)
GO
