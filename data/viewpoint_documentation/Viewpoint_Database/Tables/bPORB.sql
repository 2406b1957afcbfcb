SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPORB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[POTrans] [dbo].[bTrans] NULL,
	[PO] [varchar](30) NOT NULL,
	[POItem] [dbo].[bItem] NOT NULL,
	[RecvdDate] [dbo].[bDate] NOT NULL,
	[RecvdBy] [varchar](10) NULL,
	[Description] [dbo].[bDesc] NULL,
	[UnitCost] [dbo].[bUnitCost] NOT NULL,
	[ECM] [dbo].[bECM] NULL,
	[RecvdUnits] [dbo].[bUnits] NOT NULL,
	[RecvdCost] [dbo].[bDollar] NOT NULL,
	[BOUnits] [dbo].[bUnits] NOT NULL,
	[BOCost] [dbo].[bDollar] NOT NULL,
	[OldPO] [varchar](30) NULL,
	[OldPOItem] [dbo].[bItem] NULL,
	[OldRecvdDate] [dbo].[bDate] NULL,
	[OldRecvdBy] [varchar](10) NULL,
	[OldDesc] [dbo].[bDesc] NULL,
	[OldUnitCost] [dbo].[bUnitCost] NULL,
	[OldECM] [dbo].[bECM] NULL,
	[OldRecvdUnits] [dbo].[bUnits] NULL,
	[OldRecvdCost] [dbo].[bDollar] NULL,
	[OldBOUnits] [dbo].[bUnits] NULL,
	[OldBOCost] [dbo].[bDollar] NULL,
	[InvdFlag] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPORB_InvdFlag] DEFAULT ('N'),
	[OldInvdFlag] [dbo].[bYN] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[APTrans] [dbo].[bTrans] NULL,
	[APLine] [int] NULL,
	[UISeq] [int] NULL,
	[UILine] [int] NULL,
	[APMth] [dbo].[bMonth] NULL,
	[UIMth] [dbo].[bMonth] NULL,
	[OldPOItemLine] [int] NULL,
	[POItemLine] [int] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPORB] ON [dbo].[bPORB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPORB] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPORB].[UnitCost]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bPORB].[ECM]'
GO
EXEC sp_bindrule N'[dbo].[brECM]', N'[dbo].[bPORB].[OldECM]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPORB].[InvdFlag]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPORB].[OldInvdFlag]'
GO
