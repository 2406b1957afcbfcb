SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMTE](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[RevTemplate] [varchar](10) NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[RevCode] [dbo].[bRevCode] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[AllowOrideFlag] [char](1) NULL,
	[Rate] [dbo].[bDollar] NOT NULL,
	[DiscFromStdRate] [dbo].[bPct] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMTE] ON [dbo].[bEMTE] ([EMCo] ASC, [RevTemplate] ASC, [Equipment] ASC, [RevCode] ASC, [EMGroup] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMTE] ([KeyID] ASC)
GO
