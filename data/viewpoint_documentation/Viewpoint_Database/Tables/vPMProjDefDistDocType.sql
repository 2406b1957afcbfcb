SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMProjDefDistDocType](
	[DefaultKeyID] [bigint] NOT NULL,
	[DocType] [varchar](10) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMProjDefDistDocType] ADD CONSTRAINT [PK_vPMProjDefDistDocType] PRIMARY KEY CLUSTERED ([DefaultKeyID] ASC, [DocType] ASC)
GO
ALTER TABLE [dbo].[vPMProjDefDistDocType] WITH CHECK ADD CONSTRAINT [FK_vPMProjDefDistDocType_bPMDT] FOREIGN KEY([DocType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
