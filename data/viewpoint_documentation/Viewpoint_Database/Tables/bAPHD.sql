SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPHD](
	[APCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[APTrans] [dbo].[bTrans] NOT NULL,
	[APLine] [smallint] NOT NULL,
	[APSeq] [tinyint] NOT NULL,
	[HoldCode] [dbo].[bHoldCode] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPHD] ON [dbo].[bAPHD] ([APCo] ASC, [Mth] ASC, [APTrans] ASC, [APLine] ASC, [APSeq] ASC, [HoldCode] ASC)
GO
