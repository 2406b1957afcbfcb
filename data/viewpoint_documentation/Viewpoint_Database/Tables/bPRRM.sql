SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRRM](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Routine] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[ProcName] [varchar](30) NOT NULL,
	[LastUpdated] [dbo].[bDate] NULL,
	[MiscAmt1] [dbo].[bDollar] NOT NULL,
	[MiscAmt2] [dbo].[bDollar] NOT NULL,
	[MiscAmt3] [dbo].[bDollar] NOT NULL,
	[MiscAmt4] [dbo].[bDollar] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRRM] ON [dbo].[bPRRM] ([PRCo] ASC, [Routine] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRRM] ([KeyID] ASC)
GO
