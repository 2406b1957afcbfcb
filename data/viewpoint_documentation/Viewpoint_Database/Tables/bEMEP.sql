SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMEP](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[PartNo] [char](30) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[MatlGroup] [dbo].[bGroup] NULL,
	[HQMatl] [dbo].[bMatl] NULL,
	[Qty] [dbo].[bUnits] NULL,
	[UM] [dbo].[bUM] NULL,
	[Notes] [char](30) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMEP] ON [dbo].[bEMEP] ([EMCo] ASC, [Equipment] ASC, [PartNo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMEP] ([KeyID] ASC)
GO
