SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBJE](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[BillMonth] [dbo].[bMonth] NOT NULL,
	[BillNumber] [int] NOT NULL,
	[JCMonth] [dbo].[bMonth] NOT NULL,
	[JCTrans] [dbo].[bTrans] NOT NULL,
	[ErrorDesc] [varchar](100) NULL,
	[Purge] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBJE_Purge] DEFAULT ('N'),
	[AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBJE_AuditYN] DEFAULT ('Y')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBJE] ON [dbo].[bJBJE] ([JBCo] ASC, [BillMonth] ASC, [BillNumber] ASC, [JCMonth] ASC, [JCTrans] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBJE].[Purge]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBJE].[AuditYN]'
GO
