SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMUH](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[AUTemplate] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMUH] ON [dbo].[bEMUH] ([EMCo] ASC, [AUTemplate] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMUH] ([KeyID] ASC)
GO
