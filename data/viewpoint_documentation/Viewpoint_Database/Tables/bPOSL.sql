SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPOSL](
	[POCo] [dbo].[bCompany] NOT NULL,
	[ShipLoc] [dbo].[bShipLoc] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Zip] [dbo].[bZip] NULL,
	[Notes] [varchar](max) NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Address2] [varchar](60) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[Country] [char](2) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPOSL] ON [dbo].[bPOSL] ([POCo] ASC, [ShipLoc] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPOSL] ([KeyID] ASC)
GO
