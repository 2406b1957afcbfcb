SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMDM](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Department] [dbo].[bDept] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Reviewer] [char](3) NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[DepreciationAcct] [dbo].[bGLAcct] NOT NULL,
	[Notes] [varchar](max) NULL,
	[LaborFixedRateAcct] [dbo].[bGLAcct] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[PurchReviewer] [char](3) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ReviewerGroup] [varchar](10) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMDM] ON [dbo].[bEMDM] ([EMCo] ASC, [Department] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMDM] ([KeyID] ASC)
GO
