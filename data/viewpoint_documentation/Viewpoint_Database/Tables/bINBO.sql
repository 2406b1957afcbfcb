SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINBO](
	[INCo] [dbo].[bCompany] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[FinMatl] [dbo].[bMatl] NOT NULL,
	[CompLoc] [dbo].[bLoc] NOT NULL,
	[CompMatl] [dbo].[bMatl] NOT NULL,
	[Units] [numeric](14, 5) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINBO] ON [dbo].[bINBO] ([INCo] ASC, [MatlGroup] ASC, [Loc] ASC, [FinMatl] ASC, [CompLoc] ASC, [CompMatl] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINBO] ([KeyID] ASC)
GO
