SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMDL](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[LogDate] [dbo].[bDate] NOT NULL,
	[DailyLog] [smallint] NOT NULL,
	[Description] [varchar](255) NULL,
	[Weather] [varchar](60) NULL,
	[Wind] [varchar](30) NULL,
	[TempHigh] [smallint] NULL,
	[TempLow] [smallint] NULL,
	[EmployeeYN] [dbo].[bYN] NOT NULL,
	[CrewYN] [dbo].[bYN] NOT NULL,
	[SubcontractYN] [dbo].[bYN] NOT NULL,
	[EquipmentYN] [dbo].[bYN] NOT NULL,
	[ActivityYN] [dbo].[bYN] NOT NULL,
	[ConversationsYN] [dbo].[bYN] NOT NULL,
	[DeliveriesYN] [dbo].[bYN] NOT NULL,
	[AccidentsYN] [dbo].[bYN] NOT NULL,
	[VisitorsYN] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMDL] ADD CONSTRAINT [PK_bPMDL] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biPMDL] ON [dbo].[bPMDL] ([PMCo] ASC, [Project] ASC, [LogDate] ASC, [DailyLog] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMDL] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMDL] WITH CHECK ADD CONSTRAINT [FK_bPMDL_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDL].[EmployeeYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDL].[CrewYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDL].[SubcontractYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDL].[EquipmentYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDL].[ActivityYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDL].[ConversationsYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDL].[DeliveriesYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDL].[AccidentsYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMDL].[VisitorsYN]'
GO
