SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQResponseValueItem](
	[ValueCode] [varchar](20) NOT NULL,
	[Seq] [int] NOT NULL,
	[DisplayValue] [varchar](255) NULL,
	[DatabaseValue] [varchar](255) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQResponseValueItem] ADD CONSTRAINT [PK_vHQResponseValueItem] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vHQResponseValueItem_Seq] ON [dbo].[vHQResponseValueItem] ([ValueCode] ASC, [Seq] ASC)
GO
