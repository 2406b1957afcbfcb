SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCW](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Crew] [varchar](10) NOT NULL,
	[Seq] [smallint] NOT NULL,
	[Employee] [dbo].[bEmployee] NULL,
	[UseStdHrs] [dbo].[bYN] NOT NULL,
	[AddOnHrs] [dbo].[bHrs] NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[Equipment] [dbo].[bEquip] NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[RevCode] [dbo].[bRevCode] NULL,
	[UsagePct] [dbo].[bPct] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCW] ON [dbo].[bPRCW] ([PRCo] ASC, [Crew] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRCW] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCW].[UseStdHrs]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRCW].[AddOnHrs]'
GO
