SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRWL](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[State] [varchar](4) NOT NULL,
	[LocalCode] [dbo].[bLocalCode] NOT NULL,
	[TaxID] [varchar](20) NULL,
	[TaxEntity] [char](10) NULL,
	[Wages] [dbo].[bDollar] NOT NULL,
	[Tax] [dbo].[bDollar] NOT NULL,
	[TaxType] [char](1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRWL] ON [dbo].[bPRWL] ([PRCo] ASC, [TaxYear] ASC, [Employee] ASC, [State] ASC, [LocalCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRWL] ([KeyID] ASC)
GO
