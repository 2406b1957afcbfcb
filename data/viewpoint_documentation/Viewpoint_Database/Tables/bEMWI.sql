SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMWI](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[WorkOrder] [dbo].[bWO] NOT NULL,
	[WOItem] [smallint] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[ComponentTypeCode] [varchar](10) NULL,
	[Component] [dbo].[bEquip] NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[CostCode] [dbo].[bCostCode] NOT NULL,
	[StdMaintGroup] [varchar](10) NULL,
	[StdMaintItem] [dbo].[bItem] NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[InHseSubFlag] [char](1) NOT NULL,
	[StatusCode] [varchar](10) NOT NULL,
	[RepairType] [varchar](10) NULL,
	[RepairCode] [varchar](10) NULL,
	[Mechanic] [dbo].[bEmployee] NULL,
	[EstHrs] [dbo].[bHrs] NULL,
	[QuoteAmt] [dbo].[bDollar] NULL,
	[Priority] [char](1) NULL,
	[PartCode] [dbo].[bMatl] NULL,
	[SerialNo] [varchar](20) NULL,
	[DateCreated] [dbo].[bDate] NOT NULL,
	[DateDue] [dbo].[bDate] NULL,
	[DateSched] [dbo].[bDate] NULL,
	[DateCompl] [dbo].[bDate] NULL,
	[CurrentHourMeter] [dbo].[bHrs] NULL,
	[TotalHourMeter] [dbo].[bHrs] NULL,
	[CurrentOdometer] [dbo].[bHrs] NULL,
	[TotalOdometer] [dbo].[bHrs] NULL,
	[FuelUse] [dbo].[bUnits] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMWI] ON [dbo].[bEMWI] ([EMCo] ASC, [WorkOrder] ASC, [WOItem] ASC)
GO
CREATE NONCLUSTERED INDEX [biEMWIComponent] ON [dbo].[bEMWI] ([EMCo] ASC, [Equipment] ASC, [Component] ASC, [StdMaintGroup] ASC)
GO
CREATE NONCLUSTERED INDEX [biEMWIDelete] ON [dbo].[bEMWI] ([EMCo] ASC, [WorkOrder] ASC, [Equipment] ASC, [DateCompl] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMWI] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bEMWI] WITH CHECK ADD CONSTRAINT [FK_bEMWI_bEMCC] FOREIGN KEY([EMGroup], [CostCode]) REFERENCES [dbo].[bEMCC] ([EMGroup], [CostCode])
GO
