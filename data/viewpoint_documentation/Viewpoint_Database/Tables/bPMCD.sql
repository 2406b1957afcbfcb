SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMCD](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[PCOType] [dbo].[bDocType] NULL,
	[PCO] [dbo].[bPCO] NULL,
	[Seq] [tinyint] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[SentToFirm] [dbo].[bFirm] NOT NULL,
	[SentToContact] [dbo].[bEmployee] NOT NULL,
	[DateSent] [dbo].[bDate] NULL,
	[DateReqd] [dbo].[bDate] NULL,
	[DateRecd] [dbo].[bDate] NULL,
	[Send] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMCD_Send] DEFAULT ('Y'),
	[PrefMethod] [char](1) NOT NULL CONSTRAINT [DF_bPMCD_PrefMethod] DEFAULT ('M'),
	[CC] [char](1) NOT NULL CONSTRAINT [DF_bPMCD_CC] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bPMCD_CC] CHECK ([CC]='C' OR [CC]='B' OR [CC]='N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMCD] ON [dbo].[bPMCD] ([PMCo] ASC, [Project] ASC, [PCOType] ASC, [PCO] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMCD] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMCD] WITH CHECK ADD CONSTRAINT [FK_bPMCD_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMCD] WITH CHECK ADD CONSTRAINT [FK_bPMCD_bPMOP] FOREIGN KEY([PMCo], [Project], [PCOType], [PCO]) REFERENCES [dbo].[bPMOP] ([PMCo], [Project], [PCOType], [PCO])
GO
ALTER TABLE [dbo].[bPMCD] WITH CHECK ADD CONSTRAINT [FK_bPMCD_bPMDT] FOREIGN KEY([PCOType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMCD] WITH CHECK ADD CONSTRAINT [FK_bPMCD_bPMPM] FOREIGN KEY([VendorGroup], [SentToFirm], [SentToContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMCD].[Send]'
GO
