SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRRE](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Crew] [varchar](10) NOT NULL,
	[PostDate] [dbo].[bDate] NOT NULL,
	[SheetNum] [smallint] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[LineSeq] [smallint] NOT NULL,
	[Craft] [dbo].[bCraft] NULL,
	[Class] [dbo].[bClass] NULL,
	[Phase1RegHrs] [dbo].[bHrs] NULL,
	[Phase1OTHrs] [dbo].[bHrs] NULL,
	[Phase1DblHrs] [dbo].[bHrs] NULL,
	[Phase2RegHrs] [dbo].[bHrs] NULL,
	[Phase2OTHrs] [dbo].[bHrs] NULL,
	[Phase2DblHrs] [dbo].[bHrs] NULL,
	[Phase3RegHrs] [dbo].[bHrs] NULL,
	[Phase3OTHrs] [dbo].[bHrs] NULL,
	[Phase3DblHrs] [dbo].[bHrs] NULL,
	[Phase4RegHrs] [dbo].[bHrs] NULL,
	[Phase4OTHrs] [dbo].[bHrs] NULL,
	[Phase4DblHrs] [dbo].[bHrs] NULL,
	[Phase5RegHrs] [dbo].[bHrs] NULL,
	[Phase5OTHrs] [dbo].[bHrs] NULL,
	[Phase5DblHrs] [dbo].[bHrs] NULL,
	[Phase6RegHrs] [dbo].[bHrs] NULL,
	[Phase6OTHrs] [dbo].[bHrs] NULL,
	[Phase6DblHrs] [dbo].[bHrs] NULL,
	[Phase7RegHrs] [dbo].[bHrs] NULL,
	[Phase7OTHrs] [dbo].[bHrs] NULL,
	[Phase7DblHrs] [dbo].[bHrs] NULL,
	[Phase8RegHrs] [dbo].[bHrs] NULL,
	[Phase8OTHrs] [dbo].[bHrs] NULL,
	[Phase8DblHrs] [dbo].[bHrs] NULL,
	[RegRate] [dbo].[bUnitCost] NULL,
	[OTRate] [dbo].[bUnitCost] NULL,
	[DblRate] [dbo].[bUnitCost] NULL,
	[TotalHrs] [dbo].[bHrs] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRRE] ON [dbo].[bPRRE] ([PRCo] ASC, [Crew] ASC, [PostDate] ASC, [SheetNum] ASC, [Employee] ASC, [LineSeq] ASC)
GO
