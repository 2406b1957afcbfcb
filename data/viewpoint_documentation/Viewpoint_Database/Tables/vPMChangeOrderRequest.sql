SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMChangeOrderRequest](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[COR] [smallint] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Details] [varchar](max) NULL,
	[Date] [dbo].[bDate] NULL,
	[Status] [dbo].[bStatus] NULL,
	[DateSent] [dbo].[bDate] NULL,
	[DateDueBack] [dbo].[bDate] NULL,
	[DateReceived] [dbo].[bDate] NULL,
	[DateApproved] [dbo].[bDate] NULL,
	[ChangeInDays] [smallint] NULL,
	[ChangeInDaysOverride] [char](1) NOT NULL CONSTRAINT [DF_vPMChangeOrderRequest_ChangeInDaysOverride] DEFAULT ('N'),
	[NewCompletionDate] [dbo].[bDate] NULL,
	[OriginalContractAmount] [dbo].[bDollar] NULL,
	[PrevApprovedCOAmount] [dbo].[bDollar] NULL,
	[CurrentCOAmount] [dbo].[bDollar] NULL,
	[CurrentContractAmount] [dbo].[bDollar] NULL,
	[VendorGroup] [dbo].[bGroup] NOT NULL,
	[FromFirm] [dbo].[bFirm] NULL,
	[FromContact] [dbo].[bEmployee] NULL,
	[ToFirm] [dbo].[bFirm] NULL,
	[ToContact] [dbo].[bEmployee] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_vPMChangeOrderRequest_ChangeInDaysOverride] CHECK ([ChangeInDaysOverride]='Y' OR [ChangeInDaysOverride]='N'),
	CONSTRAINT [CK_vPMChangeOrderRequest_FromFirm] CHECK ([FromContact] IS NULL OR [FromFirm] IS NOT NULL),
	CONSTRAINT [CK_vPMChangeOrderRequest_ToFirm] CHECK ([ToContact] IS NULL OR [ToFirm] IS NOT NULL)
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMChangeOrderRequest] ADD CONSTRAINT [PK_vPMChangeOrderRequest] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vPMChangeOrderRequest_COR] ON [dbo].[vPMChangeOrderRequest] ([PMCo] ASC, [Contract] ASC, [COR] ASC)
GO
ALTER TABLE [dbo].[vPMChangeOrderRequest] WITH CHECK ADD CONSTRAINT [FK_vPMChangeOrderRequest_bPMCO] FOREIGN KEY([PMCo]) REFERENCES [dbo].[bPMCO] ([PMCo])
GO
ALTER TABLE [dbo].[vPMChangeOrderRequest] WITH CHECK ADD CONSTRAINT [FK_vPMChangeOrderRequest_bJCCM] FOREIGN KEY([PMCo], [Contract]) REFERENCES [dbo].[bJCCM] ([JCCo], [Contract])
GO
ALTER TABLE [dbo].[vPMChangeOrderRequest] WITH CHECK ADD CONSTRAINT [FK_vPMChangeOrderRequest_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
ALTER TABLE [dbo].[vPMChangeOrderRequest] WITH CHECK ADD CONSTRAINT [FK_vPMChangeOrderRequest_bPMFM_FromFirm] FOREIGN KEY([VendorGroup], [FromFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
ALTER TABLE [dbo].[vPMChangeOrderRequest] WITH CHECK ADD CONSTRAINT [FK_vPMChangeOrderRequest_bPMPM_FromContact] FOREIGN KEY([VendorGroup], [FromFirm], [FromContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[vPMChangeOrderRequest] WITH CHECK ADD CONSTRAINT [FK_vPMChangeOrderRequest_bPMPM_ToContact] FOREIGN KEY([VendorGroup], [FromFirm], [ToContact]) REFERENCES [dbo].[bPMPM] ([VendorGroup], [FirmNumber], [ContactCode])
GO
ALTER TABLE [dbo].[vPMChangeOrderRequest] WITH CHECK ADD CONSTRAINT [FK_vPMChangeOrderRequest_bPMFM_ToFirm] FOREIGN KEY([VendorGroup], [ToFirm]) REFERENCES [dbo].[bPMFM] ([VendorGroup], [FirmNumber])
GO
