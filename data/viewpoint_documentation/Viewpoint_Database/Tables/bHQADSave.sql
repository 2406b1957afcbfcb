SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQADSave](
	[RecID] [int] NOT NULL,
	[ColumnName] [varchar](50) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[ParentColumn] [varchar](20) NOT NULL,
	[Custom] [dbo].[bYN] NOT NULL,
	[Module] [char](2) NULL,
	[Form] [varchar](30) NULL,
	[SkipIndex] [dbo].[bYN] NOT NULL
) ON [PRIMARY]
GO
