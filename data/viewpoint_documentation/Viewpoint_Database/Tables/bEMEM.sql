SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMEM](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[Location] [varchar](10) NULL,
	[Type] [char](1) NOT NULL,
	[Department] [dbo].[bDept] NULL,
	[Category] [dbo].[bCat] NULL,
	[Manufacturer] [varchar](20) NULL,
	[Model] [varchar](20) NULL,
	[ModelYr] [char](6) NULL,
	[VINNumber] [varchar](40) NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Status] [char](1) NOT NULL,
	[OdoReading] [dbo].[bHrs] NOT NULL,
	[OdoDate] [dbo].[bDate] NULL,
	[ReplacedOdoReading] [dbo].[bHrs] NOT NULL,
	[ReplacedOdoDate] [dbo].[bDate] NULL,
	[HourReading] [dbo].[bHrs] NOT NULL,
	[HourDate] [dbo].[bDate] NULL,
	[ReplacedHourReading] [dbo].[bHrs] NOT NULL,
	[ReplacedHourDate] [dbo].[bDate] NULL,
	[MatlGroup] [dbo].[bGroup] NULL,
	[FuelMatlCode] [dbo].[bMatl] NULL,
	[FuelCapacity] [dbo].[bHrs] NOT NULL,
	[FuelCapUM] [dbo].[bUM] NULL,
	[FuelUsed] [dbo].[bUnits] NOT NULL,
	[EMGroup] [dbo].[bGroup] NULL,
	[FuelCostCode] [varchar](10) NULL,
	[FuelCostType] [tinyint] NULL,
	[LastFuelDate] [dbo].[bDate] NULL,
	[AttachToEquip] [dbo].[bEquip] NULL,
	[AttachPostRevenue] [dbo].[bYN] NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGrp] [dbo].[bGroup] NULL,
	[UsageCostType] [dbo].[bJCCType] NULL,
	[WeightUM] [dbo].[bUM] NULL,
	[WeightCapacity] [dbo].[bHrs] NOT NULL,
	[VolumeUM] [dbo].[bUM] NULL,
	[VolumeCapacity] [dbo].[bHrs] NOT NULL,
	[Capitalized] [dbo].[bYN] NULL,
	[LicensePlateNo] [varchar](10) NULL,
	[LicensePlateState] [varchar](4) NULL,
	[LicensePlateExpDate] [dbo].[bDate] NULL,
	[IRPFleet] [varchar](10) NULL,
	[CompOfEquip] [dbo].[bEquip] NULL,
	[ComponentTypeCode] [varchar](10) NULL,
	[CompUpdateHrs] [dbo].[bYN] NULL,
	[CompUpdateMiles] [dbo].[bYN] NULL,
	[CompUpdateFuel] [dbo].[bYN] NULL,
	[PostCostToComp] [dbo].[bYN] NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[Operator] [dbo].[bEmployee] NULL,
	[Shop] [varchar](20) NULL,
	[GrossVehicleWeight] [dbo].[bHrs] NOT NULL,
	[TareWeight] [dbo].[bUnits] NOT NULL,
	[Height] [varchar](20) NULL,
	[Wheelbase] [varchar](20) NULL,
	[NoAxles] [tinyint] NOT NULL,
	[Width] [varchar](20) NULL,
	[OverallLength] [varchar](20) NULL,
	[HorsePower] [varchar](20) NULL,
	[TireSize] [varchar](20) NULL,
	[OwnershipStatus] [varchar](20) NULL,
	[InServiceDate] [dbo].[bDate] NULL,
	[ExpLife] [smallint] NOT NULL,
	[ReplCost] [dbo].[bDollar] NOT NULL,
	[CurrentAppraisal] [dbo].[bDollar] NOT NULL,
	[SoldDate] [dbo].[bDate] NULL,
	[SalePrice] [dbo].[bDollar] NOT NULL,
	[PurchasedFrom] [varchar](30) NULL,
	[PurchasePrice] [dbo].[bDollar] NOT NULL,
	[PurchDate] [dbo].[bDate] NULL,
	[APCo] [dbo].[bCompany] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[LeasedFrom] [dbo].[bVendor] NULL,
	[LeaseStartDate] [dbo].[bDate] NULL,
	[LeaseEndDate] [dbo].[bDate] NULL,
	[LeasePayment] [dbo].[bDollar] NOT NULL,
	[LeaseResidualValue] [dbo].[bDollar] NOT NULL,
	[ARCo] [dbo].[bCompany] NULL,
	[CustGroup] [dbo].[bGroup] NULL,
	[Customer] [dbo].[bCustomer] NULL,
	[CustEquipNo] [varchar](20) NULL,
	[MSTruckType] [varchar](10) NULL,
	[RevenueCode] [dbo].[bRevCode] NULL,
	[Notes] [varchar](max) NULL,
	[MechanicNotes] [varchar](max) NULL,
	[JobDate] [dbo].[bDate] NULL,
	[FuelType] [char](1) NOT NULL,
	[UpdateYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMEM_UpdateYN] DEFAULT ('N'),
	[ShopGroup] [dbo].[bGroup] NOT NULL,
	[IFTAState] [varchar](4) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[LastUsedDate] [dbo].[bDate] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ChangeInProgress] [dbo].[bYN] NULL,
	[LastUsedEquipmentCode] [dbo].[bEquip] NULL,
	[LastEquipmentChangeDate] [dbo].[bDate] NULL,
	[LastEquipmentChangeUser] [dbo].[bVPUserName] NULL,
	[EquipmentCodeChanges] [int] NULL,
	[OriginalEquipmentCode] [dbo].[bEquip] NULL,
	[ExpLifeTimeFrame] [char](1) NOT NULL CONSTRAINT [DF_bEMEM_ExpLifeTimeFrame] DEFAULT ('Y')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMEM] ON [dbo].[bEMEM] ([EMCo] ASC, [Equipment] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMEM] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMEM].[AttachPostRevenue]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMEM].[Capitalized]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMEM].[CompUpdateHrs]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMEM].[CompUpdateMiles]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMEM].[CompUpdateFuel]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMEM].[PostCostToComp]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMEM].[UpdateYN]'
GO
