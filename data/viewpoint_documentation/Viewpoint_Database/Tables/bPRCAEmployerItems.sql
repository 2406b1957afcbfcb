SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCAEmployerItems](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[T4BoxNumber] [smallint] NOT NULL,
	[T4BoxNumberSeq] [smallint] NULL,
	[EDLType] [char](1) NULL,
	[EDLCode] [dbo].[bEDLCode] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCAEmployerItems] ON [dbo].[bPRCAEmployerItems] ([PRCo] ASC, [TaxYear] ASC, [T4BoxNumber] ASC, [T4BoxNumberSeq] ASC)
GO
