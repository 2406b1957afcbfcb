SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRLB](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[LeaveCode] [dbo].[bLeaveCode] NOT NULL,
	[EarnCode] [dbo].[bEDLCode] NOT NULL,
	[Type] [char](1) NOT NULL,
	[Basis] [char](1) NOT NULL,
	[Rate] [dbo].[bUnitCost] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE CLUSTERED INDEX [biPRLB] ON [dbo].[bPRLB] ([PRCo] ASC, [Employee] ASC, [LeaveCode] ASC, [EarnCode] ASC, [Type] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRLB] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRLB].[Rate]'
GO
