SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPORD](
	[POCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[POTrans] [dbo].[bTrans] NOT NULL,
	[PO] [varchar](30) NOT NULL,
	[POItem] [dbo].[bItem] NOT NULL,
	[RecvdDate] [dbo].[bDate] NOT NULL,
	[RecvdBy] [varchar](10) NULL,
	[Description] [dbo].[bDesc] NULL,
	[RecvdUnits] [dbo].[bUnits] NOT NULL,
	[RecvdCost] [dbo].[bDollar] NOT NULL,
	[BOUnits] [dbo].[bUnits] NOT NULL,
	[BOCost] [dbo].[bDollar] NOT NULL,
	[PostedDate] [dbo].[bDate] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[Purge] [dbo].[bYN] NOT NULL,
	[InvdFlag] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPORD_InvdFlag] DEFAULT ('N'),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[APTrans] [dbo].[bTrans] NULL,
	[APLine] [int] NULL,
	[UISeq] [int] NULL,
	[UILine] [int] NULL,
	[APMth] [dbo].[bMonth] NULL,
	[UIMth] [dbo].[bMonth] NULL,
	[POItemLine] [int] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPORD] ON [dbo].[bPORD] ([POCo] ASC, [PO] ASC, [POItem] ASC, [Mth] ASC, [POTrans] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biPORDMonth] ON [dbo].[bPORD] ([POCo] ASC, [Mth] ASC, [POTrans] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biPORDTrans] ON [dbo].[bPORD] ([POTrans] ASC, [Mth] ASC, [POCo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPORD] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPORD].[Purge]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPORD].[InvdFlag]'
GO
