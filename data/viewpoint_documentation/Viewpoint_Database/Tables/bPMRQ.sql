SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMRQ](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[PCOType] [dbo].[bDocType] NOT NULL,
	[PCO] [dbo].[bPCO] NOT NULL,
	[RFQ] [dbo].[bDocument] NOT NULL,
	[Description] [varchar](60) NULL,
	[RFQDate] [dbo].[bDate] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[FirmNumber] [dbo].[bFirm] NULL,
	[ResponsiblePerson] [dbo].[bEmployee] NULL,
	[Status] [dbo].[bStatus] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[DateDue] [dbo].[bDate] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMRQ] ADD CONSTRAINT [PK_bPMRQ] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Project] ASC, [PCOType] ASC, [PCO] ASC, [RFQ] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMRQ] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMRQ] WITH CHECK ADD CONSTRAINT [FK_bPMRQ_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMRQ] WITH CHECK ADD CONSTRAINT [FK_bPMRQ_bPMDT] FOREIGN KEY([PCOType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMRQ] WITH CHECK ADD CONSTRAINT [FK_bPMRQ_bPMPM] FOREIGN KEY([VendorGroup], [FirmNumber], [ResponsiblePerson]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMRQ] WITH CHECK ADD CONSTRAINT [FK_bPMRQ_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
