SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINLO](
	[INCo] [dbo].[bCompany] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Category] [varchar](10) NOT NULL,
	[CostMethod] [tinyint] NULL,
	[RecType] [tinyint] NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[InvGLAcct] [dbo].[bGLAcct] NULL,
	[AdjGLAcct] [dbo].[bGLAcct] NULL,
	[CostGLAcct] [dbo].[bGLAcct] NULL,
	[CostVarGLAcct] [dbo].[bGLAcct] NULL,
	[MiscGLAcct] [dbo].[bGLAcct] NULL,
	[TaxGLAcct] [dbo].[bGLAcct] NULL,
	[CostProdGLAcct] [dbo].[bGLAcct] NULL,
	[ValProdGLAcct] [dbo].[bGLAcct] NULL,
	[ProdQtyGLAcct] [dbo].[bGLAcct] NULL,
	[CustSalesGLAcct] [dbo].[bGLAcct] NULL,
	[CustQtyGLAcct] [dbo].[bGLAcct] NULL,
	[CustHaulRevEquipGLAcct] [dbo].[bGLAcct] NULL,
	[CustHaulExpEquipGLAcct] [dbo].[bGLAcct] NULL,
	[CustHaulRevOutGLAcct] [dbo].[bGLAcct] NULL,
	[CustHaulExpOutGLAcct] [dbo].[bGLAcct] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[CustMatlExpGLAcct] [dbo].[bGLAcct] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINLO] ON [dbo].[bINLO] ([INCo] ASC, [Loc] ASC, [MatlGroup] ASC, [Category] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINLO] ([KeyID] ASC)
GO
