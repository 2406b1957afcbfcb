SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMBG](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[Category] [dbo].[bCat] NOT NULL,
	[RevCode] [dbo].[bRevCode] NOT NULL,
	[RevBdownCode] [varchar](10) NOT NULL,
	[Description] [varchar](30) NULL,
	[Rate] [dbo].[bDollar] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMBG] ON [dbo].[bEMBG] ([EMGroup] ASC, [EMCo] ASC, [Category] ASC, [RevCode] ASC, [RevBdownCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMBG] ([KeyID] ASC)
GO
