SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMIssueHistory](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[IssueKeyID] [bigint] NOT NULL,
	[RelatedTableName] [nvarchar](128) NOT NULL,
	[RelatedKeyID] [bigint] NOT NULL,
	[Co] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Issue] [int] NOT NULL,
	[ActionDate] [smalldatetime] NOT NULL CONSTRAINT [DF_vPMIssueHistory_ActionDate] DEFAULT (getdate()),
	[Login] [dbo].[bVPUserName] NOT NULL CONSTRAINT [DF_vPMIssueHistory_Login] DEFAULT (suser_sname()),
	[ActionType] [char](1) NOT NULL,
	[ColumnName] [nvarchar](128) NULL,
	[OldValue] [varchar](max) NULL,
	[NewValue] [varchar](max) NULL,
	[RelatedDeleteAction] [varchar](max) NULL,
	CONSTRAINT [CK_vPMIssueHistory_ActionType] CHECK ([ActionType]='D' OR [ActionType]='C' OR [ActionType]='A')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMIssueHistory] ADD CONSTRAINT [PK_vPMIssueHistory] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
ALTER TABLE [dbo].[vPMIssueHistory] WITH CHECK ADD CONSTRAINT [FK_vPMIssueHistory_bPMIM_IssueKeyID] FOREIGN KEY([IssueKeyID]) REFERENCES [dbo].[bPMIM] ([KeyID])
GO
