SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCOI](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[ACO] [dbo].[bACO] NOT NULL,
	[ACOItem] [dbo].[bACOItem] NOT NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[Item] [dbo].[bContractItem] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[ApprovedMonth] [dbo].[bMonth] NOT NULL,
	[ContractUnits] [dbo].[bUnits] NOT NULL,
	[ContUnitPrice] [dbo].[bUnitCost] NOT NULL,
	[ContractAmt] [dbo].[bDollar] NOT NULL,
	[BillGroup] [dbo].[bBillingGroup] NULL,
	[Notes] [varchar](max) NULL,
	[ChangeDays] [smallint] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCOI] ON [dbo].[bJCOI] ([JCCo] ASC, [Job] ASC, [ACO] ASC, [ACOItem] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCOI] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCOI].[ContractUnits]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCOI].[ContUnitPrice]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCOI].[ContractAmt]'
GO
