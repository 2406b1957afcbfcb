SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINBH](
	[INCo] [dbo].[bCompany] NOT NULL,
	[LocGroup] [dbo].[bGroup] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[FinMatl] [dbo].[bMatl] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINBH] ON [dbo].[bINBH] ([INCo] ASC, [LocGroup] ASC, [MatlGroup] ASC, [FinMatl] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINBH] ([KeyID] ASC)
GO
