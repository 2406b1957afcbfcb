SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRES](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[EarnCode] [dbo].[bEDLCode] NOT NULL,
	[SubjEarnCode] [dbo].[bEDLCode] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRES] ON [dbo].[bPRES] ([PRCo] ASC, [EarnCode] ASC, [SubjEarnCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRES] ([KeyID] ASC)
GO
