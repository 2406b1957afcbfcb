SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMPS](
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[PartsStatusCode] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMPS] ON [dbo].[bEMPS] ([EMGroup] ASC, [PartsStatusCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMPS] ([KeyID] ASC)
GO
