SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMBE](
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[RevCode] [dbo].[bRevCode] NOT NULL,
	[RevBdownCode] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Rate] [dbo].[bDollar] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMBE] ON [dbo].[bEMBE] ([EMGroup] ASC, [EMCo] ASC, [Equipment] ASC, [RevCode] ASC, [RevBdownCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMBE] ([KeyID] ASC)
GO
