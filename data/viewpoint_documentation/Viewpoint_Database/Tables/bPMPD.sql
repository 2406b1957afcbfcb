SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMPD](
	[PMCo] [dbo].[bCompany] NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[PunchList] [dbo].[bDocument] NOT NULL,
	[Item] [smallint] NOT NULL,
	[ItemLine] [tinyint] NOT NULL,
	[Description] [varchar](255) NULL,
	[Location] [varchar](10) NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[ResponsibleFirm] [dbo].[bFirm] NULL,
	[DueDate] [dbo].[bDate] NULL,
	[FinDate] [dbo].[bDate] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bPMPD_VendorGroup] CHECK ([ResponsibleFirm] IS NULL OR [VendorGroup] IS NOT NULL)
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMPD] ON [dbo].[bPMPD] ([PMCo] ASC, [Project] ASC, [PunchList] ASC, [Item] ASC, [ItemLine] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMPD] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMPD] WITH CHECK ADD CONSTRAINT [FK_bPMPD_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMPD] WITH CHECK ADD CONSTRAINT [FK_bPMPD_bPMPL] FOREIGN KEY([PMCo], [Project], [Location]) REFERENCES [dbo].[bPMPL] ([PMCo], [Project], [Location])
GO
ALTER TABLE [dbo].[bPMPD] WITH CHECK ADD CONSTRAINT [FK_bPMPD_bPMPU] FOREIGN KEY([PMCo], [Project], [PunchList]) REFERENCES [dbo].[bPMPU] ([PMCo], [Project], [PunchList])
GO
ALTER TABLE [dbo].[bPMPD] WITH CHECK ADD CONSTRAINT [FK_bPMPD_bPMPI] FOREIGN KEY([PMCo], [Project], [PunchList], [Item]) REFERENCES [dbo].[bPMPI] ([PMCo], [Project], [PunchList], [Item])
GO
ALTER TABLE [dbo].[bPMPD] WITH CHECK ADD CONSTRAINT [FK_bPMPD_bPMFM] FOREIGN KEY([VendorGroup], [ResponsibleFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
