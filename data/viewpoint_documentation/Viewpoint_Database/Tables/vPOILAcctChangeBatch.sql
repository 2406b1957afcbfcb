SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPOILAcctChangeBatch](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[PO] [varchar](30) NOT NULL,
	[POItem] [dbo].[bItem] NOT NULL,
	[POItemLine] [int] NOT NULL,
	[NewGLCo] [dbo].[bCompany] NOT NULL,
	[NewGLAcct] [dbo].[bGLAcct] NOT NULL
) ON [PRIMARY]
GO
