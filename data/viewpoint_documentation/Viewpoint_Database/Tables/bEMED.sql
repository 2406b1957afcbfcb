SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMED](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[OldEquipmentCode] [dbo].[bEquip] NOT NULL,
	[NewEquipmentCode] [dbo].[bEquip] NOT NULL,
	[VPUserName] [dbo].[bVPUserName] NOT NULL,
	[VPMod] [varchar](2) NOT NULL,
	[VPTableName] [dbo].[bDesc] NOT NULL,
	[VPColumnName] [varchar](60) NOT NULL,
	[VPColType] [varchar](20) NULL,
	[VPEMCo] [varchar](60) NULL,
	[RecordsChanged] [numeric](18, 0) NULL,
	[ChangeStatus] [varchar](256) NULL,
	[RecordCount] [numeric](18, 0) NULL
) ON [PRIMARY]
GO
