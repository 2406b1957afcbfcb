SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCOP](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Job] [dbo].[bJob] NOT NULL,
	[Month] [dbo].[bMonth] NOT NULL,
	[ProjCost] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCOP_ProjCost] DEFAULT ((0)),
	[OtherAmount] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bJCOP_OtherAmount] DEFAULT ((0)),
	[Notes] [varchar](max) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCOP] ON [dbo].[bJCOP] ([JCCo] ASC, [Job] ASC, [Month] ASC)
GO
