SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRGV](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[LeaveCode] [dbo].[bLeaveCode] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRGV] ON [dbo].[bPRGV] ([PRCo] ASC, [PRGroup] ASC, [LeaveCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRGV] ([KeyID] ASC)
GO
