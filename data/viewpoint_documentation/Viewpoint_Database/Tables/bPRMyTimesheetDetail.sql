SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRMyTimesheetDetail](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[EntryEmployee] [dbo].[bEmployee] NOT NULL,
	[StartDate] [dbo].[bDate] NOT NULL,
	[Sheet] [smallint] NOT NULL,
	[Seq] [smallint] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[EarnCode] [dbo].[bEDLCode] NULL,
	[Craft] [dbo].[bCraft] NULL,
	[Class] [dbo].[bClass] NULL,
	[Shift] [tinyint] NULL,
	[DayOne] [dbo].[bHrs] NULL,
	[DayTwo] [dbo].[bHrs] NULL,
	[DayThree] [dbo].[bHrs] NULL,
	[DayFour] [dbo].[bHrs] NULL,
	[DayFive] [dbo].[bHrs] NULL,
	[DaySix] [dbo].[bHrs] NULL,
	[DaySeven] [dbo].[bHrs] NULL,
	[CreatedBy] [dbo].[bVPUserName] NOT NULL,
	[CreatedOn] [smalldatetime] NOT NULL,
	[Approved] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRMyTimesheetDetail_Approved] DEFAULT ('N'),
	[ApprovedBy] [dbo].[bVPUserName] NULL,
	[ApprovedOn] [smalldatetime] NULL,
	[LineType] [char](1) NOT NULL,
	[SMCo] [dbo].[bCompany] NULL,
	[WorkOrder] [int] NULL,
	[Scope] [int] NULL,
	[PayType] [varchar](10) NULL,
	[SMCostType] [smallint] NULL,
	[SMJCCostType] [dbo].[bJCCType] NULL,
	[Memo] [varchar](500) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bPRMyTimesheetDetail_Job] CHECK ([dbo].[vfEqualsNull]([Phase])=(1) OR [dbo].[vfEqualsNull]([Job])=(0) AND [dbo].[vfEqualsNull]([PhaseGroup])=(0))
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPRMyTimesheetDetail] ADD CONSTRAINT [PK_bPRMyTimesheetDetail] PRIMARY KEY CLUSTERED ([PRCo] ASC, [EntryEmployee] ASC, [StartDate] ASC, [Sheet] ASC, [Seq] ASC)
GO
ALTER TABLE [dbo].[bPRMyTimesheetDetail] WITH CHECK ADD CONSTRAINT [FK_bPRMyTimesheetDetail_vSMPayType] FOREIGN KEY([SMCo], [PayType]) REFERENCES [dbo].[vSMPayType] ([SMCo], [PayType])
GO
ALTER TABLE [dbo].[bPRMyTimesheetDetail] WITH CHECK ADD CONSTRAINT [FK_bPRMyTimesheetDetail_vSMWorkOrderScope] FOREIGN KEY([SMCo], [WorkOrder], [Scope]) REFERENCES [dbo].[vSMWorkOrderScope] ([SMCo], [WorkOrder], [Scope])
GO
