SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMWS](
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[StatusCode] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[StatusType] [char](1) NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMWS] ON [dbo].[bEMWS] ([EMGroup] ASC, [StatusCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMWS] ([KeyID] ASC)
GO
