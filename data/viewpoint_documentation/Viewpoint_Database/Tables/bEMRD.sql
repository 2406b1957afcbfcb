SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMRD](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[Trans] [dbo].[bTrans] NOT NULL,
	[BatchID] [dbo].[bBatchID] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[RevCode] [dbo].[bRevCode] NOT NULL,
	[Source] [varchar](10) NOT NULL,
	[TransType] [varchar](10) NOT NULL,
	[PostDate] [dbo].[bDate] NOT NULL,
	[ActualDate] [dbo].[bDate] NOT NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[JCPhase] [dbo].[bPhase] NULL,
	[JCCostType] [dbo].[bJCCType] NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[Employee] [dbo].[bEmployee] NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[RevGLAcct] [dbo].[bGLAcct] NULL,
	[ExpGLCo] [dbo].[bCompany] NULL,
	[ExpGLAcct] [dbo].[bGLAcct] NULL,
	[Memo] [dbo].[bItemDesc] NULL,
	[Category] [dbo].[bCat] NULL,
	[MeterTrans] [dbo].[bTrans] NULL,
	[OdoReading] [dbo].[bHrs] NOT NULL,
	[PreviousOdoReading] [dbo].[bHrs] NOT NULL,
	[HourReading] [dbo].[bHrs] NOT NULL,
	[PreviousHourReading] [dbo].[bHrs] NOT NULL,
	[UM] [dbo].[bUM] NULL,
	[WorkUnits] [dbo].[bUnits] NOT NULL,
	[TimeUM] [dbo].[bUM] NULL,
	[TimeUnits] [dbo].[bUnits] NOT NULL,
	[Dollars] [dbo].[bDollar] NOT NULL,
	[RevRate] [dbo].[bDollar] NOT NULL,
	[UsedOnEquipCo] [dbo].[bCompany] NULL,
	[UsedOnEquipGroup] [dbo].[bGroup] NULL,
	[UsedOnEquipment] [dbo].[bEquip] NULL,
	[UsedOnComponentType] [varchar](10) NULL,
	[UsedOnComponent] [dbo].[bEquip] NULL,
	[EMCostTrans] [dbo].[bTrans] NULL,
	[EMCostCode] [dbo].[bCostCode] NULL,
	[EMCostType] [dbo].[bEMCType] NULL,
	[WorkOrder] [dbo].[bWO] NULL,
	[WOItem] [dbo].[bItem] NULL,
	[InUseBatchID] [dbo].[bBatchID] NULL,
	[MSCo] [dbo].[bCompany] NULL,
	[MSTrans] [dbo].[bTrans] NULL,
	[FromLoc] [dbo].[bLoc] NULL,
	[CustGroup] [dbo].[bGroup] NULL,
	[Customer] [dbo].[bCustomer] NULL,
	[INCo] [dbo].[bCompany] NULL,
	[ToLoc] [dbo].[bLoc] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[PRCrew] [varchar](10) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SMCo] [dbo].[bCompany] NULL,
	[SMWorkOrder] [int] NULL,
	[SMScope] [int] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMRD] ON [dbo].[bEMRD] ([EMCo] ASC, [Equipment] ASC, [Mth] ASC, [Trans] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biEMRDTrans] ON [dbo].[bEMRD] ([EMCo] ASC, [Mth] ASC, [Trans] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bEMRD_MthTransEquipmentUniqueAttach] ON [dbo].[bEMRD] ([Mth] ASC, [EMCo] ASC, [Trans] ASC, [Equipment] ASC, [UniqueAttchID] ASC)
GO
CREATE NONCLUSTERED INDEX [biEMRDAttchID] ON [dbo].[bEMRD] ([UniqueAttchID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMRD] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bEMRD] WITH CHECK ADD CONSTRAINT [FK_bEMRD_vSMWorkOrderScope] FOREIGN KEY([SMCo], [SMWorkOrder], [SMScope]) REFERENCES [dbo].[vSMWorkOrderScope] ([SMCo], [WorkOrder], [Scope])
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bEMRD].[OdoReading]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bEMRD].[PreviousOdoReading]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bEMRD].[HourReading]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bEMRD].[PreviousHourReading]'
GO
