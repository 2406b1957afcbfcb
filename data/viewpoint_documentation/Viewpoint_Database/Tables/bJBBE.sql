SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBBE](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[BillMonth] [dbo].[bMonth] NOT NULL,
	[BillNumber] [int] NOT NULL,
	[BillError] [int] NOT NULL,
	[ErrorDesc] [varchar](255) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBBE] ON [dbo].[bJBBE] ([JBCo] ASC, [BillMonth] ASC, [BillNumber] ASC, [BillError] ASC)
GO
