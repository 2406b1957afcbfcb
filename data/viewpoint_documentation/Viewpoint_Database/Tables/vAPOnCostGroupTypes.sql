SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vAPOnCostGroupTypes](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[APCo] [dbo].[bCompany] NOT NULL,
	[GroupID] [tinyint] NOT NULL,
	[OnCostID] [tinyint] NOT NULL,
	[Notes] [varchar](max) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vAPOnCostGroupTypes] ADD CONSTRAINT [PK_vAPOnCostGroupTypes] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
