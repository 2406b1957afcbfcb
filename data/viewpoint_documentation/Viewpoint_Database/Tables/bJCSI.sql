SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCSI](
	[SIRegion] [varchar](6) NOT NULL,
	[SICode] [varchar](16) NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[MUM] [dbo].[bUM] NULL,
	[UnitPrice] [dbo].[bUnitCost] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCIC] ON [dbo].[bJCSI] ([SIRegion] ASC, [SICode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCSI] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCSI].[UnitPrice]'
GO
