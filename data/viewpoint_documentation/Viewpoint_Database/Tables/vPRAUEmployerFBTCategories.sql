SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployerFBTCategories](
	[Category] [char](1) NOT NULL,
	[Description] [nchar](60) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployerFBTCategories] ADD CONSTRAINT [PK_vPRAUEmployerFBTCategories] PRIMARY KEY CLUSTERED ([Category] ASC)
GO
