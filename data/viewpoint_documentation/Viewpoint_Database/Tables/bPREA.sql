SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPREA](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[EDLType] [char](1) NOT NULL,
	[EDLCode] [dbo].[bEDLCode] NOT NULL,
	[Hours] [dbo].[bHrs] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[SubjectAmt] [dbo].[bDollar] NOT NULL,
	[EligibleAmt] [dbo].[bDollar] NOT NULL,
	[AuditYN] [dbo].[bYN] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPREA] ON [dbo].[bPREA] ([PRCo] ASC, [Employee] ASC, [Mth] ASC, [EDLType] ASC, [EDLCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPREA] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPREA].[Hours]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPREA].[Amount]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPREA].[SubjectAmt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPREA].[EligibleAmt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPREA].[AuditYN]'
GO
