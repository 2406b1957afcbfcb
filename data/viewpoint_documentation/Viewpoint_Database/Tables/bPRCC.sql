SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRCC](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Craft] [dbo].[bCraft] NOT NULL,
	[Class] [dbo].[bClass] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[EEOClass] [char](1) NULL,
	[OldCapLimit] [dbo].[bUnitCost] NOT NULL,
	[NewCapLimit] [dbo].[bUnitCost] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[WghtAvgOT] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRCC_WghtAvgOT] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRCC] ON [dbo].[bPRCC] ([PRCo] ASC, [Craft] ASC, [Class] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRCC] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRCC].[OldCapLimit]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRCC].[NewCapLimit]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRCC].[WghtAvgOT]'
GO
