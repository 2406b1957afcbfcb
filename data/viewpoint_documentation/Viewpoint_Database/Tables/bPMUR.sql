SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMUR](
	[Template] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[ContractItem] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUR_ContractItem] DEFAULT ('Y'),
	[Phase] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUR_Phase] DEFAULT ('Y'),
	[CostType] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUR_CostType] DEFAULT ('Y'),
	[SubcontractDetail] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUR_SubcontractDetail] DEFAULT ('Y'),
	[MaterialDetail] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUR_MaterialDetail] DEFAULT ('Y'),
	[EstimateInfo] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUR_EstimateInfo] DEFAULT ('Y'),
	[ResourceDetail] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUR_ResourceDetail] DEFAULT ('N'),
	[ContractItemID] [varchar](10) NULL,
	[PhaseID] [varchar](10) NULL,
	[CostTypeID] [varchar](10) NULL,
	[SubcontractDetailID] [varchar](10) NULL,
	[MaterialDetailID] [varchar](10) NULL,
	[EstimateInfoID] [varchar](10) NULL,
	[ResourceDetailID] [varchar](10) NULL
) ON [PRIMARY]
GO
CREATE NONCLUSTERED INDEX [PK_bPMUR] ON [dbo].[bPMUR] ([Template] ASC)
GO
ALTER TABLE [dbo].[bPMUR] WITH CHECK ADD CONSTRAINT [FK_bPMUR_bPMUT] FOREIGN KEY([Template]) REFERENCES [dbo].[bPMUT] ([Template])
GO
