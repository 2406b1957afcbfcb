SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRRO](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Crew] [varchar](10) NOT NULL,
	[PostDate] [dbo].[bDate] NOT NULL,
	[SheetNum] [smallint] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[LineSeq] [smallint] NOT NULL,
	[Craft] [dbo].[bCraft] NULL,
	[Class] [dbo].[bClass] NULL,
	[EarnCode] [dbo].[bEDLCode] NOT NULL,
	[Phase1Value] [dbo].[bHrs] NULL,
	[Phase2Value] [dbo].[bHrs] NULL,
	[Phase3Value] [dbo].[bHrs] NULL,
	[Phase4Value] [dbo].[bHrs] NULL,
	[Phase5Value] [dbo].[bHrs] NULL,
	[Phase6Value] [dbo].[bHrs] NULL,
	[Phase7Value] [dbo].[bHrs] NULL,
	[Phase8Value] [dbo].[bHrs] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRRO] ON [dbo].[bPRRO] ([PRCo] ASC, [Crew] ASC, [PostDate] ASC, [SheetNum] ASC, [Employee] ASC, [LineSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRRO] ([KeyID] ASC)
GO
