SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRTR](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Craft] [dbo].[bCraft] NOT NULL,
	[Template] [smallint] NOT NULL,
	[DLCode] [dbo].[bEDLCode] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRTR] ON [dbo].[bPRTR] ([PRCo] ASC, [Craft] ASC, [Template] ASC, [DLCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRTR] ([KeyID] ASC)
GO
