SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMSX](
	[ShopGroup] [int] NOT NULL,
	[Shop] [varchar](20) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Address] [varchar](30) NULL,
	[Address2] [dbo].[bDesc] NULL,
	[City] [varchar](20) NULL,
	[State] [varchar](4) NULL,
	[Zip] [dbo].[bZip] NULL,
	[Fax] [dbo].[bPhone] NULL,
	[Phone] [dbo].[bPhone] NULL,
	[ShopManager] [dbo].[bDesc] NULL,
	[InvLoc] [dbo].[bLoc] NULL,
	[Notes] [varchar](max) NULL,
	[INCo] [dbo].[bCompany] NULL,
	[LastWorkOrder] [dbo].[bWO] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Country] [char](2) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMSX] ON [dbo].[bEMSX] ([ShopGroup] ASC, [Shop] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMSX] ([KeyID] ASC)
GO
