SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRID](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[State] [varchar](4) NOT NULL,
	[InsCode] [dbo].[bInsCode] NOT NULL,
	[DLCode] [dbo].[bEDLCode] NOT NULL,
	[Rate] [dbo].[bUnitCost] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRID] ON [dbo].[bPRID] ([PRCo] ASC, [State] ASC, [InsCode] ASC, [DLCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRID] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRID].[Rate]'
GO
