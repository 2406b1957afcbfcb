SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMHC](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Component] [dbo].[bEquip] NOT NULL,
	[Seq] [int] NOT NULL,
	[ComponentOfEquip] [dbo].[bEquip] NOT NULL,
	[DateXferOn] [dbo].[bDate] NOT NULL,
	[DateXferOff] [dbo].[bDate] NULL,
	[MasterEquipHoursOn] [dbo].[bHrs] NULL,
	[MasterEquipHoursOff] [dbo].[bHrs] NULL,
	[MasterEquipMilesOn] [dbo].[bHrs] NULL,
	[MasterEquipMilesOff] [dbo].[bHrs] NULL,
	[MasterEquipFuelOn] [dbo].[bUnits] NULL,
	[MasterEquipFuelOff] [dbo].[bUnits] NULL,
	[ComponentHoursOn] [dbo].[bHrs] NULL,
	[ComponentHoursOff] [dbo].[bHrs] NULL,
	[ComponentMilesOn] [dbo].[bHrs] NULL,
	[ComponentMilesOff] [dbo].[bHrs] NULL,
	[ComponentFuelOn] [dbo].[bUnits] NULL,
	[ComponentFuelOff] [dbo].[bUnits] NULL,
	[Notes] [varchar](max) NULL,
	[Reason] [varchar](60) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMHC] ON [dbo].[bEMHC] ([EMCo] ASC, [Component] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMHC] ([KeyID] ASC)
GO
