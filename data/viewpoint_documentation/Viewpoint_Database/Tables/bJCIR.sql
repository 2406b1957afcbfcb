SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCIR](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[Item] [dbo].[bContractItem] NOT NULL,
	[ActualDate] [dbo].[bDate] NOT NULL,
	[RevProjUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_bJCIR_RevProjUnits] DEFAULT ((0)),
	[RevProjDollars] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCIR_RevProjDollars] DEFAULT ((0)),
	[PrevRevProjUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_bJCIR_PrevRevProjUnits] DEFAULT ((0)),
	[PrevRevProjDollars] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCIR_PrevRevProjDollars] DEFAULT ((0)),
	[RevProjPlugged] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJCIR_RevProjPlugged] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[BatchSeq] [int] NOT NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Department] [dbo].[bDept] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bJCIR] ADD CONSTRAINT [PK_bJCIR] PRIMARY KEY CLUSTERED ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biJCIR] ON [dbo].[bJCIR] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [Contract] ASC, [Item] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCIR] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJCIR].[RevProjPlugged]'
GO
