SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCMC](
	[UM] [dbo].[bUM] NOT NULL,
	[MUM] [dbo].[bUM] NOT NULL,
	[IMFactor] [decimal](16, 6) NOT NULL,
	[MIFactor] [decimal](16, 6) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCMC] ON [dbo].[bJCMC] ([UM] ASC, [MUM] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCMC] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCMC].[IMFactor]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bJCMC].[MIFactor]'
GO
