SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUItems](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[BeginTaxYear] [char](4) NOT NULL,
	[EndTaxYear] [char](4) NULL,
	[ItemCode] [char](4) NOT NULL,
	[ItemDescription] [varchar](255) NULL,
	[Tab] [char](5) NOT NULL,
	[ItemOrder] [tinyint] NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUItems] ADD CONSTRAINT [PK_vPRAUItems_PRCo_ItemCode] PRIMARY KEY CLUSTERED ([ItemCode] ASC)
GO
