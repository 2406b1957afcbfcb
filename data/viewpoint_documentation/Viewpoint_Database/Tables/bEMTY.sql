SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMTY](
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[ComponentTypeCode] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[CostCode] [dbo].[bCostCode] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMTY] ON [dbo].[bEMTY] ([EMGroup] ASC, [ComponentTypeCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMTY] ([KeyID] ASC)
GO
