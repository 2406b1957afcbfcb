SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMWH](
	[ImportId] [varchar](10) NOT NULL,
	[Template] [varchar](10) NOT NULL,
	[PMCo] [dbo].[bCompany] NOT NULL,
	[ImportDate] [datetime] NULL,
	[ImportBy] [dbo].[bVPUserName] NULL,
	[UploadDate] [datetime] NULL,
	[UploadBy] [dbo].[bVPUserName] NULL,
	[EstimateCode] [varchar](30) NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[JobPhone] [dbo].[bPhone] NULL,
	[JobFax] [dbo].[bPhone] NULL,
	[MailAddress] [varchar](60) NULL,
	[MailCity] [varchar](30) NULL,
	[MailState] [varchar](4) NULL,
	[MailZip] [dbo].[bZip] NULL,
	[MailAddress2] [varchar](60) NULL,
	[ShipAddress] [varchar](60) NULL,
	[ShipCity] [varchar](30) NULL,
	[ShipState] [varchar](4) NULL,
	[ShipZip] [dbo].[bZip] NULL,
	[ShipAddress2] [varchar](60) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[SIRegion] [varchar](6) NULL,
	[Notes] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[MailCountry] [char](2) NULL,
	[ShipCountry] [char](2) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMWH] ON [dbo].[bPMWH] ([PMCo] ASC, [ImportId] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMWH] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMWH] WITH CHECK ADD CONSTRAINT [FK_bPMWH_bPMCO] FOREIGN KEY([PMCo]) REFERENCES [dbo].[bPMCO] ([PMCo])
GO
ALTER TABLE [dbo].[bPMWH] WITH CHECK ADD CONSTRAINT [FK_bPMWH_bPMUT] FOREIGN KEY([Template]) REFERENCES [dbo].[bPMUT] ([Template])
GO
