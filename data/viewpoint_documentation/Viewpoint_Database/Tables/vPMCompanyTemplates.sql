SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMCompanyTemplates](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[DocType] [dbo].[bDocType] NOT NULL,
	[DefaultTemplate] [dbo].[bReportTitle] NOT NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMCompanyTemplates] WITH CHECK ADD CONSTRAINT [FK_vPMCompanyTemplates_bPMCO] FOREIGN KEY([PMCo]) REFERENCES [dbo].[bPMCO] ([PMCo])
GO
