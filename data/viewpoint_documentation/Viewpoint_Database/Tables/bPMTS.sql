SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMTS](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[Transmittal] [dbo].[bDocument] NOT NULL,
	[Seq] [int] NOT NULL,
	[DocType] [dbo].[bDocType] NULL,
	[Document] [dbo].[bDocument] NULL,
	[DocumentDesc] [dbo].[bItemDesc] NULL,
	[CopiesSent] [tinyint] NULL,
	[Status] [dbo].[bStatus] NULL,
	[Remarks] [varchar](max) NULL,
	[Rev] [tinyint] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[DrawingRev] [varchar](10) NULL,
	[SubmittalRev] [varchar](5) NULL,
	CONSTRAINT [CK_bPMTS_DocType] CHECK ([DocType] IS NULL AND [Document] IS NULL OR [DocType] IS NOT NULL AND [Document] IS NOT NULL)
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMTS] ON [dbo].[bPMTS] ([PMCo] ASC, [Project] ASC, [Transmittal] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMTS] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMTS] WITH CHECK ADD CONSTRAINT [FK_bPMTS_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMTS] WITH CHECK ADD CONSTRAINT [FK_bPMTS_bPMTM] FOREIGN KEY([PMCo], [Project], [Transmittal]) REFERENCES [dbo].[bPMTM] ([PMCo], [Project], [Transmittal])
GO
ALTER TABLE [dbo].[bPMTS] WITH CHECK ADD CONSTRAINT [FK_bPMTS_bPMDT] FOREIGN KEY([DocType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMTS] WITH CHECK ADD CONSTRAINT [FK_bPMTS_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
