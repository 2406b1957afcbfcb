SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMSubcontractCO](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bProject] NOT NULL,
	[SubCO] [smallint] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Date] [dbo].[bDate] NULL,
	[Status] [dbo].[bStatus] NULL,
	[Reference] [varchar](30) NULL,
	[SLCo] [dbo].[bCompany] NOT NULL,
	[SL] [varchar](30) NOT NULL,
	[Details] [varchar](max) NULL,
	[ReadyForAcctg] [char](1) NOT NULL CONSTRAINT [DF_vPMSubcontractCO_ReadyForAcctg] DEFAULT ('N'),
	[ApprovedBy] [dbo].[bVPUserName] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[DateSent] [dbo].[bDate] NULL,
	[DateDueBack] [dbo].[bDate] NULL,
	[DateReceived] [dbo].[bDate] NULL,
	[DateApproved] [dbo].[bDate] NULL,
	CONSTRAINT [CK_vPMSubcontractCO_SubCO] CHECK ([SubCO]>=(0)),
	CONSTRAINT [CK_vPMSubcontractCO_ReadyForAcctg] CHECK ([ReadyForAcctg]='Y' OR [ReadyForAcctg]='N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMSubcontractCO] ADD CONSTRAINT [PK_vPMSubcontractCO] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPMSubcontractCO_SubCO] ON [dbo].[vPMSubcontractCO] ([SLCo] ASC, [SL] ASC, [SubCO] ASC)
GO
ALTER TABLE [dbo].[vPMSubcontractCO] WITH CHECK ADD CONSTRAINT [FK_vPMSubcontractCO_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[vPMSubcontractCO] WITH CHECK ADD CONSTRAINT [FK_vPMSubcontractCO_bSLHD] FOREIGN KEY([SLCo], [SL]) REFERENCES [dbo].[bSLHD] ([SLCo], [SL])
GO
ALTER TABLE [dbo].[vPMSubcontractCO] WITH CHECK ADD CONSTRAINT [FK_vPMSubcontractCO_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
