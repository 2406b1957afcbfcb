SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCAEmployerProvince](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Province] [varchar](4) NOT NULL,
	[DednCode] [dbo].[bEDLCode] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Initialize] [dbo].[bYN] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Country] [char](2) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCAEmployerProvince] ON [dbo].[bPRCAEmployerProvince] ([PRCo] ASC, [TaxYear] ASC, [Province] ASC)
GO
