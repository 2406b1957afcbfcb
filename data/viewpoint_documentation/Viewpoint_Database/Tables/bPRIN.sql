SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRIN](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[State] [varchar](4) NOT NULL,
	[InsCode] [dbo].[bInsCode] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[ApplyLimit] [dbo].[bYN] NOT NULL,
	[EarnLimit] [dbo].[bDollar] NULL,
	[UseThreshold] [dbo].[bYN] NOT NULL,
	[ThresholdRate] [dbo].[bUnitCost] NOT NULL,
	[OverrideInsCode] [dbo].[bInsCode] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRIN] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRIN].[ApplyLimit]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRIN].[UseThreshold]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRIN].[ThresholdRate]'
GO
