SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCAItems](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[T4BoxNumber] [smallint] NOT NULL,
	[T4BoxDescription] [varchar](255) NULL,
	[AmtType] [char](1) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCAItems] ON [dbo].[bPRCAItems] ([PRCo] ASC, [TaxYear] ASC, [T4BoxNumber] ASC)
GO
