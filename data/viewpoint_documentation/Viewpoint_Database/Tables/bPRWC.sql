SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRWC](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Item] [tinyint] NOT NULL,
	[EDLType] [varchar](20) NOT NULL,
	[EDLCode] [dbo].[bEDLCode] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRWC] ON [dbo].[bPRWC] ([PRCo] ASC, [TaxYear] ASC, [Item] ASC, [EDLType] ASC, [EDLCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRWC] ([KeyID] ASC)
GO
