SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINLG](
	[INCo] [dbo].[bCompany] NOT NULL,
	[LocGroup] [dbo].[bGroup] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINLG] ON [dbo].[bINLG] ([INCo] ASC, [LocGroup] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINLG] ([KeyID] ASC)
GO
