SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRSP](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[PaySeq] [tinyint] NOT NULL,
	[PayMethod] [char](1) NOT NULL,
	[CMRef] [dbo].[bCMRef] NOT NULL,
	[PaidDate] [dbo].[bDate] NOT NULL,
	[LastName] [varchar](30) NOT NULL,
	[FirstName] [varchar](30) NULL,
	[MidName] [varchar](15) NULL,
	[Address] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Zip] [dbo].[bZip] NULL,
	[SSN] [char](11) NOT NULL,
	[FileStatus] [char](1) NULL,
	[Exempts] [tinyint] NULL,
	[SortName] [dbo].[bSortName] NOT NULL,
	[ChkSort] [varchar](10) NULL,
	[JCCo] [dbo].[bCompany] NULL,
	[Job] [dbo].[bJob] NULL,
	[SortOrder] [char](1) NOT NULL,
	[Crew] [varchar](10) NULL,
	[Country] [char](2) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRSP] ON [dbo].[bPRSP] ([PRCo] ASC, [PRGroup] ASC, [PREndDate] ASC, [Employee] ASC, [PaySeq] ASC)
GO
