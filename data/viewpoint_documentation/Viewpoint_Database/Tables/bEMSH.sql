SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMSH](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[StdMaintGroup] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Basis] [char](1) NOT NULL,
	[Interval] [int] NULL,
	[IntervalDays] [smallint] NULL,
	[Variance] [int] NULL,
	[FixedDateMonth] [tinyint] NULL,
	[FixedDateDay] [tinyint] NULL,
	[AutoDelete] [dbo].[bYN] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[CreateWOdaysprior] [smallint] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMSH] ON [dbo].[bEMSH] ([EMCo] ASC, [Equipment] ASC, [StdMaintGroup] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMSH] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMSH].[AutoDelete]'
GO
