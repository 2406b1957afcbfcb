SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMQD](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[PCOType] [dbo].[bDocType] NOT NULL,
	[PCO] [dbo].[bPCO] NOT NULL,
	[RFQ] [dbo].[bDocument] NOT NULL,
	[RFQSeq] [tinyint] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[SentToFirm] [dbo].[bFirm] NOT NULL,
	[SentToContact] [dbo].[bEmployee] NOT NULL,
	[DateSent] [dbo].[bDate] NOT NULL,
	[DateReqd] [dbo].[bDate] NULL,
	[Response] [varchar](max) NULL,
	[DateRecd] [dbo].[bDate] NULL,
	[Send] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMQD_Send] DEFAULT ('N'),
	[PrefMethod] [char](1) NOT NULL CONSTRAINT [DF_bPMQD_PrefMethod] DEFAULT ('N'),
	[CC] [char](1) NOT NULL CONSTRAINT [DF_bPMQD_CC] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bPMQD_CC] CHECK ([CC]='C' OR [CC]='B' OR [CC]='N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMQD] ADD CONSTRAINT [PK_bPMQD] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Project] ASC, [PCOType] ASC, [PCO] ASC, [RFQ] ASC, [RFQSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMQD] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMQD] WITH CHECK ADD CONSTRAINT [FK_bPMQD_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMQD] WITH CHECK ADD CONSTRAINT [FK_bPMQD_bPMDT] FOREIGN KEY([PCOType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMQD] WITH CHECK ADD CONSTRAINT [FK_bPMQD_bPMOP] FOREIGN KEY([PMCo], [Project], [PCOType], [PCO]) REFERENCES [dbo].[bPMOP] ([PMCo], [Project], [PCOType], [PCO])
GO
ALTER TABLE [dbo].[bPMQD] WITH CHECK ADD CONSTRAINT [FK_bPMQD_bPMFM] FOREIGN KEY([VendorGroup], [SentToFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMQD] WITH CHECK ADD CONSTRAINT [FK_bPMQD_bPMPM] FOREIGN KEY([VendorGroup], [SentToFirm], [SentToContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[bPMQD] WITH CHECK ADD CONSTRAINT [FK_bPMQD_bPMRQ] FOREIGN KEY([PMCo], [Project], [PCOType], [PCO], [RFQ]) REFERENCES [dbo].[bPMRQ] ([PMCo], [Project], [PCOType], [PCO], [RFQ])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMQD].[Send]'
GO
