SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRTI](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Craft] [dbo].[bCraft] NOT NULL,
	[Template] [smallint] NOT NULL,
	[EDLType] [char](1) NOT NULL,
	[EDLCode] [dbo].[bEDLCode] NOT NULL,
	[Factor] [dbo].[bRate] NOT NULL,
	[OldRate] [dbo].[bUnitCost] NOT NULL,
	[NewRate] [dbo].[bUnitCost] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRTI] ON [dbo].[bPRTI] ([PRCo] ASC, [Craft] ASC, [Template] ASC, [EDLType] ASC, [EDLCode] ASC, [Factor] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRTI] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRTI].[OldRate]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRTI].[NewRate]'
GO
