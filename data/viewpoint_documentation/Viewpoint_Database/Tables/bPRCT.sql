SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCT](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Craft] [dbo].[bCraft] NOT NULL,
	[Template] [smallint] NOT NULL,
	[OverEffectDate] [dbo].[bYN] NOT NULL,
	[EffectiveDate] [dbo].[bDate] NULL,
	[OverOT] [dbo].[bYN] NOT NULL,
	[OTSched] [tinyint] NULL,
	[RecipOpt] [char](1) NOT NULL,
	[JobCraft] [dbo].[bCraft] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCT] ON [dbo].[bPRCT] ([PRCo] ASC, [Craft] ASC, [Template] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRCT] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCT].[OverEffectDate]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCT].[OverOT]'
GO
