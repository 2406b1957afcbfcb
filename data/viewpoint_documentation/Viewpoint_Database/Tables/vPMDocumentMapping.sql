SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPMDocumentMapping](
	[Form] [varchar](30) NOT NULL,
	[View] [varchar](30) NOT NULL,
	[DocumentCategory] [varchar](10) NULL,
	[DocumentTypeColumn] [varchar](500) NULL,
	[FirmOrVendorColumn] [varchar](500) NULL,
	[ContactColumn] [varchar](500) NULL,
	[DescriptionColumn] [varchar](500) NULL,
	[OurFirmColumn] [varchar](500) NULL,
	[OurFirmContactColumn] [varchar](500) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPMDocumentMapping] ADD CONSTRAINT [PK_vPMDocumentMapping] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
