SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINCW](
	[INCo] [dbo].[bCompany] NOT NULL,
	[UserName] [dbo].[bVPUserName] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[UM] [dbo].[bUM] NOT NULL,
	[PhyCnt] [dbo].[bUnits] NULL,
	[CntDate] [dbo].[bDate] NULL,
	[CntBy] [varchar](20) NULL,
	[SysCnt] [dbo].[bUnits] NULL,
	[AdjUnits] [dbo].[bUnits] NULL,
	[UnitCost] [dbo].[bUnitCost] NULL,
	[ECM] [dbo].[bECM] NULL,
	[Ready] [dbo].[bYN] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINCW] ON [dbo].[bINCW] ([INCo] ASC, [UserName] ASC, [Loc] ASC, [MatlGroup] ASC, [Material] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINCW] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bINCW].[Ready]'
GO
