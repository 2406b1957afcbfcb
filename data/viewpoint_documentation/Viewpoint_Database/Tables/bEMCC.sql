SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMCC](
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[CostCode] [dbo].[bCostCode] NOT NULL,
	[RevBdownCode] [char](10) NULL,
	[Description] [dbo].[bDesc] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMCC] ON [dbo].[bEMCC] ([EMGroup] ASC, [CostCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMCC] ([KeyID] ASC)
GO
