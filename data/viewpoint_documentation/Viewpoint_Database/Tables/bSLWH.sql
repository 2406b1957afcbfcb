SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bSLWH](
	[SLCo] [dbo].[bCompany] NOT NULL,
	[UserName] [dbo].[bVPUserName] NOT NULL,
	[SL] [varchar](30) NOT NULL,
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
	[ReadyYN] [dbo].[bYN] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Notes] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bSLWH] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biSLWH_Job] ON [dbo].[bSLWH] ([SLCo] ASC, [JCCo] ASC, [Job] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bSLWH_SL] ON [dbo].[bSLWH] ([SLCo] ASC, [UserName] ASC, [SL] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bSLWH].[CMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bSLWH].[ReadyYN]'
GO
