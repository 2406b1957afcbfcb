SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMCT](
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[CostType] [dbo].[bEMCType] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Abbreviation] [char](10) NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMCT] ON [dbo].[bEMCT] ([EMGroup] ASC, [CostType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMCT] ([KeyID] ASC)
GO
