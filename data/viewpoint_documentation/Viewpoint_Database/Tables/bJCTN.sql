SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCTN](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[InsTemplate] [smallint] NOT NULL,
	[Description] [dbo].[bDesc] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCTN] ON [dbo].[bJCTN] ([JCCo] ASC, [InsTemplate] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCTN] ([KeyID] ASC)
GO
