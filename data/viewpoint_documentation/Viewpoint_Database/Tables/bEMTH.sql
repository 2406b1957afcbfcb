SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMTH](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[RevTemplate] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NOT NULL,
	[TypeFlag] [char](1) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[CopyFlag] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMTH_CopyFlag] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMTH] ON [dbo].[bEMTH] ([EMCo] ASC, [RevTemplate] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMTH] ([KeyID] ASC)
GO
