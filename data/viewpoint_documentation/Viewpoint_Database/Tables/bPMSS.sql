SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMSS](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[SLCo] [dbo].[bCompany] NOT NULL,
	[SL] [varchar](30) NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[SendToFirm] [dbo].[bFirm] NULL,
	[SendToContact] [dbo].[bEmployee] NULL,
	[ResponsibleFirm] [dbo].[bFirm] NULL,
	[ResponsiblePerson] [dbo].[bEmployee] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMSS] ON [dbo].[bPMSS] ([PMCo] ASC, [Project] ASC, [SLCo] ASC, [SL] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMSS] ([KeyID] ASC)
GO
