SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bARMC](
	[CustGroup] [dbo].[bGroup] NOT NULL,
	[MiscDistCode] [char](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Rate] [dbo].[bRate] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biARMC] ON [dbo].[bARMC] ([CustGroup] ASC, [MiscDistCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bARMC] ([KeyID] ASC)
GO
