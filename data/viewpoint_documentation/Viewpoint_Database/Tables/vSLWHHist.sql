SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vSLWHHist](
	[SLCo] [dbo].[bCompany] NOT NULL,
	[UserName] [dbo].[bVPUserName] NOT NULL,
	[SL] [varchar](30) NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[PayControl] [varchar](10) NULL,
	[APRef] [dbo].[bAPReference] NULL,
	[InvDescription] [dbo].[bDesc] NULL,
	[InvDate] [dbo].[bDate] NOT NULL,
	[PayTerms] [dbo].[bPayTerms] NULL,
	[DueDate] [dbo].[bDate] NOT NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NULL,
	[HoldCode] [dbo].[bHoldCode] NULL,
	[ReadyYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vSLWHHist_ReadyYN] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Notes] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SLKeyID] [bigint] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE NONCLUSTERED INDEX [viKeyID] ON [dbo].[vSLWHHist] ([KeyID] ASC)
GO
