SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMOC](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[DocType] [dbo].[bDocType] NOT NULL,
	[Document] [dbo].[bDocument] NOT NULL,
	[Seq] [int] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[SentToFirm] [dbo].[bFirm] NOT NULL,
	[SentToContact] [dbo].[bEmployee] NOT NULL,
	[Send] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMOC_Send] DEFAULT ('N'),
	[PrefMethod] [char](1) NOT NULL CONSTRAINT [DF_bPMOC_PrefMethod] DEFAULT ('N'),
	[CC] [char](1) NOT NULL CONSTRAINT [DF_bPMOC_CC] DEFAULT ('N'),
	[DateSent] [dbo].[bDate] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bPMOC_CC] CHECK ([CC]='C' OR [CC]='B' OR [CC]='N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMOC] ADD CONSTRAINT [PK_bPMOC] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Project] ASC, [DocType] ASC, [Document] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMOC] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMOC] WITH CHECK ADD CONSTRAINT [FK_bPMOC_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMOC] WITH CHECK ADD CONSTRAINT [FK_bPMOC_bPMOD] FOREIGN KEY([PMCo], [Project], [DocType], [Document]) REFERENCES [dbo].[bPMOD] ([PMCo], [Project], [DocType], [Document])
GO
ALTER TABLE [dbo].[bPMOC] WITH CHECK ADD CONSTRAINT [FK_bPMOC_bPMDT] FOREIGN KEY([DocType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMOC] WITH CHECK ADD CONSTRAINT [FK_bPMOC_bPMPM] FOREIGN KEY([VendorGroup], [SentToFirm], [SentToContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMOC].[Send]'
GO
