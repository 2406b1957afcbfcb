SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMWP](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[WorkOrder] [dbo].[bWO] NOT NULL,
	[WOItem] [smallint] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[PartsStatusCode] [varchar](10) NOT NULL,
	[InvLoc] [dbo].[bLoc] NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[QtyNeeded] [dbo].[bUnits] NOT NULL,
	[PSFlag] [char](1) NOT NULL,
	[Required] [dbo].[bYN] NOT NULL,
	[INCo] [dbo].[bCompany] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Seq] [int] NOT NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMWP] ON [dbo].[bEMWP] ([EMCo] ASC, [WorkOrder] ASC, [WOItem] ASC, [MatlGroup] ASC, [Material] ASC)
GO
CREATE NONCLUSTERED INDEX [biEMWPSeq] ON [dbo].[bEMWP] ([EMCo] ASC, [WorkOrder] ASC, [WOItem] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMWP] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMWP].[Required]'
GO
