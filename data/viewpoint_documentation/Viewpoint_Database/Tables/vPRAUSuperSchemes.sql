SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUSuperSchemes](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[SchemeID] [smallint] NOT NULL,
	[Name] [varchar](60) NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUSuperSchemes] ADD CONSTRAINT [PK_vPRAUSuperSchemes_PRCo_SchemeID] PRIMARY KEY CLUSTERED ([PRCo] ASC, [SchemeID] ASC)
GO
