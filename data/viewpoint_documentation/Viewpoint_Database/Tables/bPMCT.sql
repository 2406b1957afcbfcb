SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMCT](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[DocCat] [varchar](10) NOT NULL,
	[Description] [varchar](60) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMCT] ADD CONSTRAINT [PK_bPMCT] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_bPMCT_DocCat] ON [dbo].[bPMCT] ([DocCat] ASC)
GO
