SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMEH](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[OldEquipmentCode] [dbo].[bEquip] NOT NULL,
	[NewEquipmentCode] [dbo].[bEquip] NOT NULL,
	[VPUserName] [dbo].[bVPUserName] NOT NULL,
	[ChangeStartDate] [dbo].[bDate] NULL,
	[ChangeCompleteDate] [dbo].[bDate] NULL
) ON [PRIMARY]
GO
