SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBCC](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[BillMonth] [dbo].[bMonth] NOT NULL,
	[BillNumber] [int] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[ACO] [dbo].[bACO] NOT NULL,
	[ChgOrderTot] [dbo].[bDollar] NOT NULL,
	[AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBCC_AuditYN] DEFAULT ('Y'),
	[Purge] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBCC_Purge] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBCC] ON [dbo].[bJBCC] ([JBCo] ASC, [BillMonth] ASC, [BillNumber] ASC, [Job] ASC, [ACO] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBCC] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBCC].[AuditYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBCC].[Purge]'
GO
