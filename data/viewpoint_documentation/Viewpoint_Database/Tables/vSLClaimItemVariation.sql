SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vSLClaimItemVariation](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SLCo] [dbo].[bCompany] NOT NULL,
	[SL] [varchar](30) NOT NULL,
	[ClaimNo] [int] NOT NULL,
	[Seq] [int] NOT NULL,
	[SubReference] [varchar](30) NULL,
	[Description] [varchar](60) NULL,
	[ClaimUnits] [dbo].[bUnits] NOT NULL CONSTRAINT [DF_vSLClaimItemVariation_ClaimUnits] DEFAULT ((0)),
	[ClaimAmount] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLClaimItemVariation_ClaimAmount] DEFAULT ((0)),
	[ApproveAmount] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLClaimItemVariation_ApproveAmount] DEFAULT ((0)),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vSLClaimItemVariation] ADD CONSTRAINT [PK_vSLClaimItemVariation] PRIMARY KEY CLUSTERED ([SLCo] ASC, [SL] ASC, [ClaimNo] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vSLClaimItemVariation_KeyID] ON [dbo].[vSLClaimItemVariation] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vSLClaimItemVariation_ClaimNo] ON [dbo].[vSLClaimItemVariation] ([SLCo] ASC, [SL] ASC, [ClaimNo] ASC)
GO
ALTER TABLE [dbo].[vSLClaimItemVariation] WITH CHECK ADD CONSTRAINT [FK_vSLClaimItemVariation_vSLClaimHeader] FOREIGN KEY([SLCo], [SL], [ClaimNo]) REFERENCES [dbo].[vSLClaimHeader] ([SLCo], [SL], [ClaimNo])
GO
