SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRTD](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Craft] [dbo].[bCraft] NOT NULL,
	[Class] [dbo].[bClass] NOT NULL,
	[Template] [smallint] NOT NULL,
	[DLCode] [dbo].[bEDLCode] NOT NULL,
	[Factor] [dbo].[bRate] NOT NULL,
	[OldRate] [dbo].[bUnitCost] NOT NULL,
	[NewRate] [dbo].[bUnitCost] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRTD] ON [dbo].[bPRTD] ([PRCo] ASC, [Craft] ASC, [Class] ASC, [Template] ASC, [DLCode] ASC, [Factor] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRTD] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRTD].[OldRate]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRTD].[NewRate]'
GO
