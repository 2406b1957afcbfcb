SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMRT](
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[RevBdownCode] [dbo].[bRevCode] NOT NULL,
	[Description] [dbo].[bDesc] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMRT] ON [dbo].[bEMRT] ([EMGroup] ASC, [RevBdownCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMRT] ([KeyID] ASC)
GO
