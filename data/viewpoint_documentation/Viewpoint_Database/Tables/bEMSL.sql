SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMSL](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[StdMaintGroup] [varchar](10) NOT NULL,
	[LinkedMaintGrp] [varchar](10) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMML] ON [dbo].[bEMSL] ([EMCo] ASC, [Equipment] ASC, [StdMaintGroup] ASC, [LinkedMaintGrp] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMSL] ([KeyID] ASC)
GO
