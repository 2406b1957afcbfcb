SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRRQ](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Crew] [varchar](10) NOT NULL,
	[PostDate] [dbo].[bDate] NOT NULL,
	[SheetNum] [smallint] NOT NULL,
	[EMCo] [dbo].[bCompany] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[Employee] [dbo].[bEmployee] NULL,
	[Phase1Usage] [dbo].[bHrs] NULL,
	[Phase1CType] [dbo].[bJCCType] NULL,
	[Phase1Rev] [dbo].[bRevCode] NULL,
	[Phase2Usage] [dbo].[bHrs] NULL,
	[Phase2CType] [dbo].[bJCCType] NULL,
	[Phase2Rev] [dbo].[bRevCode] NULL,
	[Phase3Usage] [dbo].[bHrs] NULL,
	[Phase3CType] [dbo].[bJCCType] NULL,
	[Phase3Rev] [dbo].[bRevCode] NULL,
	[Phase4Usage] [dbo].[bHrs] NULL,
	[Phase4CType] [dbo].[bJCCType] NULL,
	[Phase4Rev] [dbo].[bRevCode] NULL,
	[Phase5Usage] [dbo].[bHrs] NULL,
	[Phase5CType] [dbo].[bJCCType] NULL,
	[Phase5Rev] [dbo].[bRevCode] NULL,
	[Phase6Usage] [dbo].[bHrs] NULL,
	[Phase6CType] [dbo].[bJCCType] NULL,
	[Phase6Rev] [dbo].[bRevCode] NULL,
	[Phase7Usage] [dbo].[bHrs] NULL,
	[Phase7CType] [dbo].[bJCCType] NULL,
	[Phase7Rev] [dbo].[bRevCode] NULL,
	[Phase8Usage] [dbo].[bHrs] NULL,
	[Phase8CType] [dbo].[bJCCType] NULL,
	[Phase8Rev] [dbo].[bRevCode] NULL,
	[LineSeq] [smallint] NOT NULL CONSTRAINT [DF_bPRRQ_LineSeq] DEFAULT ((1)),
	[TotalUsage] [dbo].[bHrs] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRRQ] ON [dbo].[bPRRQ] ([PRCo] ASC, [Crew] ASC, [PostDate] ASC, [SheetNum] ASC, [EMCo] ASC, [EMGroup] ASC, [Equipment] ASC, [LineSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRRQ] ([KeyID] ASC)
GO
