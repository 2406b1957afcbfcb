SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBLC](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[LaborCategory] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Notes] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBLC] ON [dbo].[bJBLC] ([JBCo] ASC, [LaborCategory] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBLC] ([KeyID] ASC)
GO
