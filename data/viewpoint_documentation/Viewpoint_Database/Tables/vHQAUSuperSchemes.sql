SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQAUSuperSchemes](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SchemeID] [smallint] NOT NULL,
	[Name] [varchar](60) NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQAUSuperSchemes] ADD CONSTRAINT [PK_vHQAUSuperSchemes_SchemeID] PRIMARY KEY CLUSTERED ([SchemeID] ASC)
GO
