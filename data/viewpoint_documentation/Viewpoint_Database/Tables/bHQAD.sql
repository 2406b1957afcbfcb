SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQAD](
	[RecID] [int] NOT NULL,
	[ColumnName] [varchar](50) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[ParentColumn] [varchar](20) NOT NULL,
	[Custom] [dbo].[bYN] NOT NULL,
	[Module] [char](2) NULL,
	[Form] [varchar](30) NULL,
	[SkipIndex] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQAD_SkipIndex] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQAD] ON [dbo].[bHQAD] ([RecID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bHQAD_ColNameFormMod] ON [dbo].[bHQAD] ([ColumnName] ASC, [Module] ASC, [Form] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQAD].[Custom]'
GO
