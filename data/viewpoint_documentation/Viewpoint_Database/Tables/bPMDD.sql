SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMDD](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[LogDate] [dbo].[bDate] NOT NULL,
	[DailyLog] [smallint] NOT NULL,
	[LogType] [tinyint] NOT NULL,
	[Seq] [smallint] NOT NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[Crew] [varchar](10) NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[FirmNumber] [dbo].[bFirm] NULL,
	[ContactCode] [dbo].[bEmployee] NULL,
	[Equipment] [dbo].[bEquip] NULL,
	[Visitor] [varchar](60) NULL,
	[Description] [varchar](max) NULL,
	[ArriveTime] [smalldatetime] NULL,
	[DepartTime] [smalldatetime] NULL,
	[CatStatus] [char](1) NULL,
	[Supervisor] [varchar](30) NULL,
	[Foreman] [tinyint] NULL,
	[Journeymen] [tinyint] NULL,
	[Apprentices] [tinyint] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[PO] [varchar](30) NULL,
	[Material] [varchar](30) NULL,
	[Quantity] [int] NULL,
	[Location] [varchar](10) NULL,
	[Issue] [dbo].[bIssue] NULL,
	[DelTicket] [varchar](10) NULL,
	[CreatedChangedBy] [dbo].[bVPUserName] NULL,
	[MatlGroup] [dbo].[bGroup] NULL,
	[UM] [dbo].[bUM] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[EMCo] [dbo].[bCompany] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMDD] ON [dbo].[bPMDD] ([PMCo] ASC, [Project] ASC, [LogDate] ASC, [DailyLog] ASC, [LogType] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMDD] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMDD] WITH CHECK ADD CONSTRAINT [FK_bPMDD_bPMPL] FOREIGN KEY([PMCo], [Project], [Location]) REFERENCES [dbo].[bPMPL] ([PMCo], [Project], [Location])
GO
ALTER TABLE [dbo].[bPMDD] WITH CHECK ADD CONSTRAINT [FK_bPMDD_bPMDL] FOREIGN KEY([PMCo], [Project], [LogDate], [DailyLog]) REFERENCES [dbo].[bPMDL] ([PMCo], [Project], [LogDate], [DailyLog])
GO
ALTER TABLE [dbo].[bPMDD] WITH CHECK ADD CONSTRAINT [FK_bPMDD_bPMFM] FOREIGN KEY([VendorGroup], [FirmNumber]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMDD] WITH CHECK ADD CONSTRAINT [FK_bPMDD_bPMPM] FOREIGN KEY([VendorGroup], [FirmNumber], [ContactCode]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
