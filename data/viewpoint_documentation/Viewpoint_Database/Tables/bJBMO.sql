SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBMO](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[Template] [varchar](10) NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Material] [dbo].[bMatl] NOT NULL,
	[OverrideOpt] [char](1) NULL,
	[Rate] [dbo].[bRate] NOT NULL,
	[SpecificPrice] [dbo].[bUnitCost] NOT NULL,
	[CostOpt] [char](1) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[NewSpecificPrice] [dbo].[bUnitCost] NOT NULL CONSTRAINT [DF_bJBMO_NewSpecificPrice] DEFAULT ((0)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBMO] ON [dbo].[bJBMO] ([JBCo] ASC, [Template] ASC, [MatlGroup] ASC, [Material] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBMO] ([KeyID] ASC)
GO
