SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMPI](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[PunchList] [dbo].[bDocument] NOT NULL,
	[Item] [smallint] NOT NULL,
	[Description] [varchar](255) NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[ResponsibleFirm] [dbo].[bFirm] NULL,
	[Location] [varchar](10) NULL,
	[DueDate] [dbo].[bDate] NULL,
	[FinDate] [dbo].[bDate] NULL,
	[BillableYN] [dbo].[bYN] NOT NULL,
	[BillableFirm] [dbo].[bFirm] NULL,
	[Issue] [dbo].[bIssue] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMPI] ON [dbo].[bPMPI] ([PMCo] ASC, [Project] ASC, [PunchList] ASC, [Item] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMPI] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMPI] WITH CHECK ADD CONSTRAINT [FK_bPMPI_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMPI] WITH CHECK ADD CONSTRAINT [FK_bPMPI_bPMFM_BillableFirm] FOREIGN KEY([VendorGroup], [BillableFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMPI] WITH CHECK ADD CONSTRAINT [FK_bPMPI_bPMFM_ResponsibleFirm] FOREIGN KEY([VendorGroup], [ResponsibleFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[bPMPI] WITH CHECK ADD CONSTRAINT [FK_bPMPI_bPMPL] FOREIGN KEY([PMCo], [Project], [Location]) REFERENCES [dbo].[bPMPL] ([PMCo], [Project], [Location])
GO
ALTER TABLE [dbo].[bPMPI] WITH CHECK ADD CONSTRAINT [FK_bPMPI_bPMPU] FOREIGN KEY([PMCo], [Project], [PunchList]) REFERENCES [dbo].[bPMPU] ([PMCo], [Project], [PunchList])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMPI].[BillableYN]'
GO
