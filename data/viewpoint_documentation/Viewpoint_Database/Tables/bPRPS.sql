SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRPS](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[PaySeq] [tinyint] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Bonus] [dbo].[bYN] NOT NULL,
	[OverrideDirDep] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRPS_OverrideDirDep] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRPS] ON [dbo].[bPRPS] ([PRCo] ASC, [PRGroup] ASC, [PREndDate] ASC, [PaySeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRPS] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRPS].[Bonus]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRPS].[OverrideDirDep]'
GO
