SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRRN](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Crew] [varchar](10) NOT NULL,
	[PostDate] [dbo].[bDate] NOT NULL,
	[SheetNum] [smallint] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[LineSeq] [smallint] NOT NULL,
	[Craft] [dbo].[bCraft] NULL,
	[Class] [dbo].[bClass] NULL,
	[EarnCode] [dbo].[bEDLCode] NOT NULL,
	[Hours] [dbo].[bHrs] NOT NULL,
	[StdPayRate] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRRN_StdPayRate] DEFAULT ('Y'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRRN] ON [dbo].[bPRRN] ([PRCo] ASC, [Crew] ASC, [PostDate] ASC, [SheetNum] ASC, [Employee] ASC, [LineSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRRN] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRRN].[StdPayRate]'
GO
