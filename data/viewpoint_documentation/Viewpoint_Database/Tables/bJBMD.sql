SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBMD](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[BillMonth] [dbo].[bMonth] NOT NULL,
	[BillNumber] [int] NOT NULL,
	[CustGroup] [dbo].[bGroup] NOT NULL,
	[MiscDistCode] [char](10) NOT NULL,
	[DistDate] [dbo].[bDate] NULL,
	[Description] [dbo].[bDesc] NULL,
	[Amt] [dbo].[bDollar] NOT NULL,
	[Purge] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBMD_Purge] DEFAULT ('N'),
	[AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBMD_AuditYN] DEFAULT ('Y'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBMD] ON [dbo].[bJBMD] ([JBCo] ASC, [BillMonth] ASC, [BillNumber] ASC, [CustGroup] ASC, [MiscDistCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBMD] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBMD].[Purge]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBMD].[AuditYN]'
GO
