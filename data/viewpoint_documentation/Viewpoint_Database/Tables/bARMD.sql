SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bARMD](
	[ARCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[ARTrans] [dbo].[bTrans] NOT NULL,
	[CustGroup] [dbo].[bGroup] NOT NULL,
	[MiscDistCode] [char](10) NOT NULL,
	[DistDate] [dbo].[bDate] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Amount] [dbo].[bDollar] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biARMD] ON [dbo].[bARMD] ([ARCo] ASC, [Mth] ASC, [ARTrans] ASC, [CustGroup] ASC, [MiscDistCode] ASC)
GO
