SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMPM](
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[FirmNumber] [dbo].[bFirm] NOT NULL,
	[ContactCode] [dbo].[bEmployee] NOT NULL,
	[SortName] [dbo].[bSortName] NOT NULL,
	[LastName] [varchar](30) NOT NULL,
	[FirstName] [varchar](30) NOT NULL,
	[MiddleInit] [char](1) NULL,
	[Title] [varchar](30) NULL,
	[Phone] [dbo].[bPhone] NULL,
	[PhoneExt] [varchar](5) NULL,
	[MobilePhone] [dbo].[bPhone] NULL,
	[Fax] [dbo].[bPhone] NULL,
	[EMail] [varchar](60) NULL,
	[PrefMethod] [char](1) NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[ExcludeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMPM_ExcludeYN] DEFAULT ('N'),
	[MailAddress] [varchar](60) NULL,
	[MailCity] [varchar](30) NULL,
	[MailState] [varchar](4) NULL,
	[MailZip] [dbo].[bZip] NULL,
	[MailAddress2] [varchar](60) NULL,
	[AllowPortalAccess] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMPM_AllowPortalAccess] DEFAULT ('N'),
	[PortalUserName] [varchar](50) NULL,
	[PortalPassword] [varchar](50) NULL,
	[PortalDefaultRole] [int] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[MailCountry] [char](2) NULL,
	[UseAddressOvr] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMPM_UseAddressOvr] DEFAULT ('N'),
	[CourtesyTitle] [varchar](10) NULL,
	[FormattedFax] [varchar](128) NULL,
	[UseFaxServerName] [char](1) NOT NULL CONSTRAINT [DF_bPMPM_UseFaxServerName] DEFAULT ('N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMPM] ADD CONSTRAINT [PK_bPMPM] PRIMARY KEY CLUSTERED ([VendorGroup] ASC, [FirmNumber] ASC, [ContactCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMPM] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMPM] WITH CHECK ADD CONSTRAINT [FK_bPMPM_bHQCountry] FOREIGN KEY([MailCountry]) REFERENCES [dbo].[bHQCountry] ([Country])
GO
ALTER TABLE [dbo].[bPMPM] WITH CHECK ADD CONSTRAINT [FK_bPMPM_bHQST] FOREIGN KEY([MailCountry], [MailState]) REFERENCES [dbo].[bHQST] ([Country], [State])
GO
ALTER TABLE [dbo].[bPMPM] WITH CHECK ADD CONSTRAINT [FK_bPMPM_bPMFM] FOREIGN KEY([VendorGroup], [FirmNumber]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMPM].[ExcludeYN]'
GO
