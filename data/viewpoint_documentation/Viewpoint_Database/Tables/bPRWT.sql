SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRWT](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[State] [varchar](4) NOT NULL,
	[LocalCode] [dbo].[bLocalCode] NOT NULL,
	[DednCode] [dbo].[bEDLCode] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Initialize] [dbo].[bYN] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRWT] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRWT].[Initialize]'
GO
