SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCACodes](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[T4CodeNumber] [smallint] NOT NULL,
	[T4CodeDescription] [varchar](255) NULL,
	[AmtType] [char](1) NULL
) ON [PRIMARY]
GO
CREATE CLUSTERED INDEX [biPRCACodes] ON [dbo].[bPRCACodes] ([PRCo] ASC, [TaxYear] ASC, [T4CodeNumber] ASC)
GO
