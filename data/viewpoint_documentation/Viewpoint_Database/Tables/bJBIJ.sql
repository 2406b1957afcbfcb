SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBIJ](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[BillMonth] [dbo].[bMonth] NOT NULL,
	[BillNumber] [int] NOT NULL,
	[Line] [int] NULL,
	[Seq] [int] NULL,
	[JCMonth] [dbo].[bMonth] NOT NULL,
	[JCTrans] [dbo].[bTrans] NOT NULL,
	[BillStatus] [char](1) NULL,
	[Hours] [dbo].[bHrs] NOT NULL CONSTRAINT [DF_bJBIJ_Hours] DEFAULT ((0)),
	[Units] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_bJBIJ_Units] DEFAULT ((0)),
	[Amt] [numeric](15, 5) NOT NULL CONSTRAINT [DF_bJBIJ_Amt] DEFAULT ((0)),
	[AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIJ_AuditYN] DEFAULT ('Y'),
	[Purge] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIJ_Purge] DEFAULT ('N'),
	[UnitPrice] [dbo].[bUnitCost] NOT NULL CONSTRAINT [DF_bJBIJ_UnitPrice] DEFAULT ((0)),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[UM] [dbo].[bUM] NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[EMRevCode] [dbo].[bRevCode] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBIJ] ON [dbo].[bJBIJ] ([JBCo] ASC, [BillMonth] ASC, [BillNumber] ASC, [Line] ASC, [Seq] ASC, [JCMonth] ASC, [JCTrans] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBIJ] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIJ].[AuditYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIJ].[Purge]'
GO
