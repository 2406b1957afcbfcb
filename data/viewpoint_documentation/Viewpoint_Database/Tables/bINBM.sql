SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINBM](
	[INCo] [dbo].[bCompany] NOT NULL,
	[LocGroup] [dbo].[bGroup] NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[FinMatl] [dbo].[bMatl] NOT NULL,
	[CompMatl] [dbo].[bMatl] NOT NULL,
	[Units] [numeric](14, 5) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINBM] ON [dbo].[bINBM] ([INCo] ASC, [LocGroup] ASC, [MatlGroup] ASC, [FinMatl] ASC, [CompMatl] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINBM] ([KeyID] ASC)
GO
