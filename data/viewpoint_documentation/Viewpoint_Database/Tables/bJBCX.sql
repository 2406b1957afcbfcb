SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBCX](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[BillMonth] [dbo].[bMonth] NOT NULL,
	[BillNumber] [int] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[ACO] [dbo].[bACO] NOT NULL,
	[ACOItem] [dbo].[bACOItem] NOT NULL,
	[ChgOrderUnits] [dbo].[bUnits] NOT NULL,
	[ChgOrderAmt] [dbo].[bDollar] NOT NULL,
	[AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBCX_AuditYN] DEFAULT ('Y'),
	[Purge] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBCX_Purge] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBCX] ON [dbo].[bJBCX] ([JBCo] ASC, [BillMonth] ASC, [BillNumber] ASC, [Job] ASC, [ACO] ASC, [ACOItem] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBCX] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBCX].[AuditYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBCX].[Purge]'
GO
