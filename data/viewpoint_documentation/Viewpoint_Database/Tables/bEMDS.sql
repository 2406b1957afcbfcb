SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMDS](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[Asset] [varchar](20) NOT NULL,
	[Month] [dbo].[bMonth] NOT NULL,
	[AmtToTake] [dbo].[bDollar] NOT NULL,
	[AmtTaken] [dbo].[bDollar] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMDS] ON [dbo].[bEMDS] ([EMCo] ASC, [Equipment] ASC, [Asset] ASC, [Month] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMDS] ([KeyID] ASC)
GO
