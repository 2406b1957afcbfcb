SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vSLClaimItem](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SLCo] [dbo].[bCompany] NOT NULL,
	[SL] [varchar](30) NOT NULL,
	[ClaimNo] [int] NOT NULL,
	[SLItem] [dbo].[bItem] NOT NULL,
	[ClaimToDateUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vSLClaimItem_ClaimToDateUnits] DEFAULT ((0)),
	[ClaimToDateAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLClaimItem_ClaimToDateAmt] DEFAULT ((0)),
	[ClaimUnits] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLClaimItem_ClaimUnits] DEFAULT ((0)),
	[ClaimAmount] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLClaimItem_ClaimAmount] DEFAULT ((0)),
	[ApproveUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vSLClaimItem_ApproveUnits] DEFAULT ((0)),
	[ApproveAmount] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLClaimItem_ApproveAmount] DEFAULT ((0)),
	[ApproveRetPct] [dbo].[bPct] NOT NULL CONSTRAINT [DF_vSLClaimItem_ApproveRetPct] DEFAULT ((0)),
	[ApproveRetention] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLClaimItem_ApproveRetention] DEFAULT ((0)),
	[TaxAmount] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLClaimItem_TaxAmount] DEFAULT ((0)),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Description] [dbo].[bDesc] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[CurUnitCost] [dbo].[bUnitCost] NOT NULL CONSTRAINT [DF_vSLClaimItem_CurUnitCost] DEFAULT ((0)),
	[CurUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vSLClaimItem_CurUnits] DEFAULT ((0)),
	[CurCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLClaimItem_CurCost] DEFAULT ((0)),
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[TaxType] [tinyint] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vSLClaimItem] ADD CONSTRAINT [PK_vSLClaimItem] PRIMARY KEY CLUSTERED ([SLCo] ASC, [SL] ASC, [ClaimNo] ASC, [SLItem] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vSLClaimItem_KeyID] ON [dbo].[vSLClaimItem] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vSLClaimItem_SL] ON [dbo].[vSLClaimItem] ([SLCo] ASC, [SL] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vSLClaimItem_ClaimNo] ON [dbo].[vSLClaimItem] ([SLCo] ASC, [SL] ASC, [ClaimNo] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vSLClaimItem_SLItem] ON [dbo].[vSLClaimItem] ([SLCo] ASC, [SL] ASC, [SLItem] ASC)
GO
ALTER TABLE [dbo].[vSLClaimItem] WITH CHECK ADD CONSTRAINT [FK_vSLClaimItem_bSLHD] FOREIGN KEY([SLCo], [SL]) REFERENCES [dbo].[bSLHD] ([SLCo], [SL])
GO
ALTER TABLE [dbo].[vSLClaimItem] WITH CHECK ADD CONSTRAINT [FK_vSLClaimItem_bSLIT] FOREIGN KEY([SLCo], [SL], [SLItem]) REFERENCES [dbo].[bSLIT] ([SLCo], [SL], [SLItem])
GO
ALTER TABLE [dbo].[vSLClaimItem] WITH CHECK ADD CONSTRAINT [FK_vSLClaimItem_vSLClaimHeader] FOREIGN KEY([SLCo], [SL], [ClaimNo]) REFERENCES [dbo].[vSLClaimHeader] ([SLCo], [SL], [ClaimNo])
GO
