SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMUX](
	[Template] [varchar](10) NOT NULL,
	[XrefType] [tinyint] NOT NULL,
	[XrefCode] [varchar](30) NOT NULL,
	[UM] [dbo].[bUM] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[Vendor] [dbo].[bVendor] NULL,
	[MatlGroup] [dbo].[bGroup] NULL,
	[Material] [dbo].[bMatl] NULL,
	[PhaseGroup] [tinyint] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[CostType] [dbo].[bJCCType] NULL,
	[CostOnly] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUX_CostOnly] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	CONSTRAINT [CK_bPMUX_XrefType] CHECK ([XrefType]=(4) OR [XrefType]=(3) OR [XrefType]=(2) OR [XrefType]=(1) OR [XrefType]=(0))
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMUX] ADD CONSTRAINT [PK_bPMUX] PRIMARY KEY CLUSTERED ([Template] ASC, [XrefType] ASC, [XrefCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMUX] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMUX] WITH CHECK ADD CONSTRAINT [FK_bPMUX_bPMUT] FOREIGN KEY([Template]) REFERENCES [dbo].[bPMUT] ([Template])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUX].[CostOnly]'
GO
