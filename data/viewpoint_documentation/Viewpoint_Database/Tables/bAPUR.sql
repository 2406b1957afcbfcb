SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPUR](
	[APCo] [dbo].[bCompany] NOT NULL,
	[UIMth] [dbo].[bMonth] NOT NULL,
	[UISeq] [smallint] NOT NULL,
	[Reviewer] [varchar](3) NOT NULL,
	[ApprvdYN] [dbo].[bYN] NOT NULL,
	[Line] [int] NOT NULL CONSTRAINT [DF_bAPUR_Line] DEFAULT ((-1)),
	[ApprovalSeq] [int] NOT NULL CONSTRAINT [DF_bAPUR_ApprovalSeq] DEFAULT ((1)),
	[DateAssigned] [dbo].[bDate] NULL,
	[DateApproved] [dbo].[bDate] NULL,
	[AmountApproved] [dbo].[bDollar] NULL,
	[Rejected] [dbo].[bYN] NULL CONSTRAINT [DF_bAPUR_Rejected] DEFAULT ('N'),
	[RejReason] [varchar](50) NULL,
	[APTrans] [dbo].[bTrans] NULL,
	[ExpMonth] [dbo].[bMonth] NULL,
	[Memo] [varchar](max) NULL,
	[LoginName] [dbo].[bVPUserName] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[RejectDate] [dbo].[bDate] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ReviewerGroup] [varchar](10) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPUR] ON [dbo].[bAPUR] ([APCo] ASC, [UIMth] ASC, [UISeq] ASC, [Reviewer] ASC, [Line] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bAPUR_APCoReviewerLine] ON [dbo].[bAPUR] ([APCo] ASC, [Reviewer] ASC, [Line] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPUR] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPUR].[ApprvdYN]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bAPUR].[ApprvdYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPUR].[Rejected]'
GO
