SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMFM](
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[FirmNumber] [dbo].[bFirm] NOT NULL,
	[FirmName] [varchar](60) NULL,
	[FirmType] [varchar](10) NULL,
	[SortName] [dbo].[bSortName] NOT NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[ContactName] [varchar](30) NULL,
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
	[Phone] [dbo].[bPhone] NULL,
	[Fax] [dbo].[bPhone] NULL,
	[EMail] [varchar](60) NULL,
	[URL] [varchar](60) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[UpdateAP] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMFM_UpdateAP] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[MailCountry] [char](2) NULL,
	[ShipCountry] [char](2) NULL,
	[ExcludeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMFM_ExcludeYN] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMFM] ON [dbo].[bPMFM] ([VendorGroup] ASC, [FirmNumber] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMFM] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bPMFM_VendorVendorGroup] ON [dbo].[bPMFM] ([VendorGroup] ASC, [Vendor] ASC)
GO
ALTER TABLE [dbo].[bPMFM] WITH CHECK ADD CONSTRAINT [FK_bPMFM_bAPVM] FOREIGN KEY([VendorGroup], [Vendor]) REFERENCES [dbo].[bAPVM] ([VendorGroup], [Vendor])
GO
ALTER TABLE [dbo].[bPMFM] WITH CHECK ADD CONSTRAINT [FK_bPMFM_bHQCountry_MailCountry] FOREIGN KEY([MailCountry]) REFERENCES [dbo].[bHQCountry] ([Country])
GO
ALTER TABLE [dbo].[bPMFM] WITH CHECK ADD CONSTRAINT [FK_bPMFM_bHQCountry_ShipCountry] FOREIGN KEY([ShipCountry]) REFERENCES [dbo].[bHQCountry] ([Country])
GO
ALTER TABLE [dbo].[bPMFM] WITH CHECK ADD CONSTRAINT [FK_bPMFM_bHQGP] FOREIGN KEY([VendorGroup]) REFERENCES [dbo].[bHQGP] ([Grp])
GO
ALTER TABLE [dbo].[bPMFM] WITH CHECK ADD CONSTRAINT [FK_bPMFM_bHQST_MailState] FOREIGN KEY([MailCountry], [MailState]) REFERENCES [dbo].[bHQST] ([Country], [State])
GO
ALTER TABLE [dbo].[bPMFM] WITH CHECK ADD CONSTRAINT [FK_bPMFM_bHQST_ShipState] FOREIGN KEY([ShipCountry], [ShipState]) REFERENCES [dbo].[bHQST] ([Country], [State])
GO
ALTER TABLE [dbo].[bPMFM] WITH CHECK ADD CONSTRAINT [FK_bPMFM_bPMFT] FOREIGN KEY([FirmType]) REFERENCES [dbo].[bPMFT] ([FirmType])
GO
