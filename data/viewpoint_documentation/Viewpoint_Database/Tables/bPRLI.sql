SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRLI](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[LocalCode] [dbo].[bLocalCode] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[TaxID] [varchar](20) NULL,
	[State] [varchar](4) NOT NULL,
	[TaxDedn] [dbo].[bEDLCode] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[CalcOpt] [tinyint] NOT NULL CONSTRAINT [DF_bPRLI_CalcOpt] DEFAULT ((0)),
	[TaxType] [char](1) NOT NULL CONSTRAINT [DF_bPRLI_TaxType] DEFAULT ('C'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[TaxEntity] [char](10) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRLI] ON [dbo].[bPRLI] ([PRCo] ASC, [LocalCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRLI] ([KeyID] ASC)
GO
