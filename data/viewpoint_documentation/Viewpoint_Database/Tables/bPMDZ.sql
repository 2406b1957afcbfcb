SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMDZ](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[DocCategory] [varchar](10) NOT NULL,
	[UserName] [dbo].[bVPUserName] NOT NULL,
	[VendorGroup] [nchar](10) NOT NULL,
	[Sequence] [int] NOT NULL,
	[SentToFirm] [dbo].[bFirm] NULL,
	[SentToContact] [dbo].[bEmployee] NULL,
	[DocType] [dbo].[bDocType] NULL,
	[Document] [dbo].[bDocument] NULL,
	[Rev] [tinyint] NULL,
	[PCO] [dbo].[bPCO] NULL,
	[SL] [varchar](30) NULL,
	[EMail] [varchar](100) NULL,
	[Fax] [dbo].[bPhone] NULL,
	[FaxAddress] [varchar](100) NULL,
	[PrefMethod] [varchar](1) NULL,
	[Subject] [varchar](500) NULL,
	[FullFileName] [varchar](500) NULL,
	[CCAddresses] [varchar](max) NULL,
	[CCList] [varchar](max) NULL,
	[HeaderString] [varchar](max) NULL,
	[QueryString] [varchar](max) NULL,
	[ItemQueryString] [varchar](max) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[bCCAddresses] [varchar](max) NULL,
	[PMHIKeyId] [bigint] NULL,
	[AttachDocument] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMDZ_AttachDocument] DEFAULT ('Y'),
	[OvrDocFileName] [varchar](250) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMDZ] ADD CONSTRAINT [PK_bPMDZ] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Project] ASC, [DocCategory] ASC, [UserName] ASC, [VendorGroup] ASC, [Sequence] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMDZ] ([KeyID] ASC)
GO
