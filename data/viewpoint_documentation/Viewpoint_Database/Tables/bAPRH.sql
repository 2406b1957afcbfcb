SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPRH](
	[APCo] [dbo].[bCompany] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[Vendor] [dbo].[bVendor] NOT NULL,
	[InvId] [char](10) NULL,
	[Description] [dbo].[bDesc] NULL,
	[PayTerms] [dbo].[bDesc] NULL,
	[HoldCode] [dbo].[bHoldCode] NULL,
	[Frequency] [dbo].[bFreq] NOT NULL,
	[MnthlyYN] [dbo].[bYN] NOT NULL,
	[InvDay] [tinyint] NULL,
	[PayControl] [varchar](10) NULL,
	[PayMethod] [char](1) NOT NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NULL,
	[V1099YN] [dbo].[bYN] NOT NULL,
	[V1099Type] [varchar](10) NULL,
	[V1099Box] [tinyint] NULL,
	[LastMth] [dbo].[bMonth] NULL,
	[LastSeq] [smallint] NOT NULL,
	[InvToDate] [dbo].[bDollar] NOT NULL,
	[ExpDate] [dbo].[bDate] NULL,
	[InvLimit] [dbo].[bDollar] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[AddressSeq] [tinyint] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPRH] ON [dbo].[bAPRH] ([APCo] ASC, [VendorGroup] ASC, [Vendor] ASC, [InvId] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPRH] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biAPRHUniqueAttId] ON [dbo].[bAPRH] ([UniqueAttchID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPRH].[MnthlyYN]'
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bAPRH].[CMAcct]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bAPRH].[V1099YN]'
GO
