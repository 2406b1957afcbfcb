SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vSLClaimHeader](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SLCo] [dbo].[bCompany] NOT NULL,
	[SL] [varchar](30) NOT NULL,
	[ClaimNo] [int] NOT NULL,
	[Description] [varchar](60) NULL,
	[ClaimDate] [dbo].[bDate] NULL,
	[RecvdClaimDate] [dbo].[bDate] NULL,
	[InvoiceDate] [dbo].[bDate] NULL,
	[APRef] [dbo].[bAPReference] NULL,
	[CertifyDate] [dbo].[bDate] NULL,
	[ClaimStatus] [tinyint] NULL CONSTRAINT [DF_vSLClaimHeader_ClaimStatus] DEFAULT ((10)),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[InvoiceDesc] [dbo].[bDesc] NULL,
	[CertifiedBy] [dbo].[bVPUserName] NULL,
	[ApproveRetention] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_vSLClaimHeader_ApproveRetention] DEFAULT ((0)),
	CONSTRAINT [CK_vSLClaimHeader_ClaimStatus] CHECK ([ClaimStatus]>=(10) AND [ClaimStatus]<=(50))
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vSLClaimHeader] ADD CONSTRAINT [PK_vSLClaimHeader] PRIMARY KEY CLUSTERED ([SLCo] ASC, [SL] ASC, [ClaimNo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vSLClaimHeader_KeyID] ON [dbo].[vSLClaimHeader] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vSLClaimHeader_SL] ON [dbo].[vSLClaimHeader] ([SLCo] ASC, [SL] ASC)
GO
ALTER TABLE [dbo].[vSLClaimHeader] WITH CHECK ADD CONSTRAINT [FK_vSLClaimHeader_bSLHD] FOREIGN KEY([SLCo], [SL]) REFERENCES [dbo].[bSLHD] ([SLCo], [SL])
GO
