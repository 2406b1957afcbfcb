SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCOR](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[Month] [dbo].[bMonth] NOT NULL,
	[RevCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCOR_RevCost] DEFAULT ((0)),
	[OtherAmount] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCOR_OtherAmount] DEFAULT ((0)),
	[Notes] [varchar](max) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCOR] ON [dbo].[bJCOR] ([JCCo] ASC, [Contract] ASC, [Month] ASC)
GO
