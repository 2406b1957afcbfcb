SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRWI](
	[TaxYear] [char](4) NOT NULL,
	[Item] [tinyint] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[AmtType] [char](1) NOT NULL,
	[W2Code] [varchar](2) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRWI] ON [dbo].[bPRWI] ([TaxYear] ASC, [Item] ASC)
GO
