SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRLD](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[LocalCode] [dbo].[bLocalCode] NOT NULL,
	[DLCode] [dbo].[bEDLCode] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRLD] ON [dbo].[bPRLD] ([PRCo] ASC, [LocalCode] ASC, [DLCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRLD] ([KeyID] ASC)
GO
