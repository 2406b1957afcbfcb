SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPORH](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[ReceiptUpdate] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPORH_ReceiptUpdate] DEFAULT ('N'),
	[GLAccrualAcct] [dbo].[bGLAcct] NULL,
	[GLRecExpInterfacelvl] [tinyint] NOT NULL CONSTRAINT [DF_bPORH_GLRecExpInterfacelvl] DEFAULT ((0)),
	[GLRecExpSummaryDesc] [varchar](60) NULL,
	[GLRecExpDetailDesc] [varchar](60) NULL,
	[RecJCInterfacelvl] [tinyint] NOT NULL CONSTRAINT [DF_bPORH_RecJCInterfacelvl] DEFAULT ((0)),
	[RecEMInterfacelvl] [tinyint] NOT NULL CONSTRAINT [DF_bPORH_RecEMInterfacelvl] DEFAULT ((0)),
	[RecINInterfacelvl] [tinyint] NOT NULL CONSTRAINT [DF_bPORH_RecINInterfacelvl] DEFAULT ((0)),
	[OldReceiptUpdate] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPORH_OldReceiptUpdate] DEFAULT ('N'),
	[OldGLAccrualAcct] [dbo].[bGLAcct] NULL,
	[OldGLRecExpInterfacelvl] [tinyint] NOT NULL CONSTRAINT [DF_bPORH_OldGLRecExpInterfacelvl] DEFAULT ((0)),
	[OldGLRecExpSummaryDesc] [varchar](60) NULL,
	[OldGLRecExpDetailDesc] [varchar](60) NULL,
	[OldRecJCInterfacelvl] [tinyint] NOT NULL CONSTRAINT [DF_bPORH_OldRecJCInterfacelvl] DEFAULT ((0)),
	[OldRecEMInterfacelvl] [tinyint] NOT NULL CONSTRAINT [DF_bPORH_OldRecEMInterfacelvl] DEFAULT ((0)),
	[OldRecINInterfacelvl] [tinyint] NOT NULL CONSTRAINT [DF_bPORH_OldRecINInterfacelvl] DEFAULT ((0))
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPORH] ON [dbo].[bPORH] ([Co] ASC, [Mth] ASC, [BatchId] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPORH].[ReceiptUpdate]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPORH].[OldReceiptUpdate]'
GO
