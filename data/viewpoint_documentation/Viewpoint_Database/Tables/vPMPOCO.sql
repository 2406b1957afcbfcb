SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMPOCO](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bProject] NOT NULL,
	[POCo] [dbo].[bCompany] NOT NULL,
	[PO] [varchar](30) NULL,
	[POCONum] [smallint] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Details] [varchar](max) NULL,
	[Date] [dbo].[bDate] NULL,
	[Status] [dbo].[bStatus] NULL,
	[Reference] [varchar](30) NULL,
	[DateSent] [dbo].[bDate] NULL,
	[DateDueBack] [dbo].[bDate] NULL,
	[DateReceived] [dbo].[bDate] NULL,
	[DateApproved] [dbo].[bDate] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ReadyForAcctg] [char](1) NOT NULL CONSTRAINT [DF_vPMPOCO_ReadyForAcctg] DEFAULT ('N'),
	[ReadyBy] [dbo].[bVPUserName] NULL,
	CONSTRAINT [CK_vPMPOCO_POCONum] CHECK ([POCONum]>=(0)),
	CONSTRAINT [CK_vPMPOCO_ReadyForAcctg] CHECK ([ReadyForAcctg]='Y' OR [ReadyForAcctg]='N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMPOCO] ADD CONSTRAINT [PK_vPMPOCO] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPMPOCO_POCONum] ON [dbo].[vPMPOCO] ([POCo] ASC, [PO] ASC, [POCONum] ASC)
GO
ALTER TABLE [dbo].[vPMPOCO] WITH CHECK ADD CONSTRAINT [FK_vPMPOCO_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[vPMPOCO] WITH CHECK ADD CONSTRAINT [FK_vPMPOCO_bPOHD] FOREIGN KEY([POCo], [PO]) REFERENCES [dbo].[bPOHD] ([POCo], [PO])
GO
ALTER TABLE [dbo].[vPMPOCO] WITH CHECK ADD CONSTRAINT [FK_vPMPOCO_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
