SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCRD](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[RateTemplate] [smallint] NOT NULL,
	[Seq] [smallint] NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Craft] [dbo].[bCraft] NULL,
	[Class] [dbo].[bClass] NULL,
	[Shift] [int] NULL,
	[EarnFactor] [dbo].[bRate] NULL,
	[Employee] [dbo].[bEmployee] NULL,
	[OldRate] [dbo].[bUnitCost] NOT NULL,
	[NewRate] [dbo].[bUnitCost] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCRD] ON [dbo].[bJCRD] ([JCCo] ASC, [RateTemplate] ASC, [PRCo] ASC, [Craft] ASC, [Class] ASC, [Shift] ASC, [EarnFactor] ASC, [Employee] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biJCRDSeq] ON [dbo].[bJCRD] ([JCCo] ASC, [RateTemplate] ASC, [Seq] ASC)
GO
