SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMSP](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[StdMaintGroup] [varchar](10) NOT NULL,
	[StdMaintItem] [dbo].[bItem] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[QtyNeeded] [dbo].[bUnits] NOT NULL,
	[PSFlag] [char](1) NOT NULL,
	[Required] [dbo].[bYN] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMSP] ON [dbo].[bEMSP] ([EMCo] ASC, [Equipment] ASC, [StdMaintGroup] ASC, [StdMaintItem] ASC, [MatlGroup] ASC, [Material] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMSP] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMSP].[Required]'
GO
