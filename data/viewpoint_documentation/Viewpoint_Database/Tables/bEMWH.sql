SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMWH](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[WorkOrder] [dbo].[bWO] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[Shop] [varchar](20) NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[InvLoc] [dbo].[bLoc] NULL,
	[Mechanic] [dbo].[bEmployee] NULL,
	[DateCreated] [dbo].[bDate] NOT NULL,
	[DateDue] [dbo].[bDate] NULL,
	[DateSched] [dbo].[bDate] NULL,
	[Notes] [varchar](max) NULL,
	[INCo] [dbo].[bCompany] NULL,
	[PRCo] [dbo].[bCompany] NULL,
	[AutoInitSessionID] [varchar](30) NULL,
	[ShopGroup] [dbo].[bGroup] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Complete] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMWH_Complete] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMWH] ON [dbo].[bEMWH] ([EMCo] ASC, [WorkOrder] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMWH] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMWH].[Complete]'
GO
