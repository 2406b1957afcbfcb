SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCAEmployerCodes](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[T4CodeNumber] [smallint] NOT NULL,
	[T4CodeNumberSeq] [smallint] NULL,
	[EDLType] [char](1) NULL,
	[EDLCode] [dbo].[bEDLCode] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCAEmployerCodes] ON [dbo].[bPRCAEmployerCodes] ([PRCo] ASC, [TaxYear] ASC, [T4CodeNumber] ASC, [T4CodeNumberSeq] ASC)
GO
