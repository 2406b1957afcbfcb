SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQCompanyProcess](
	[Mod] [char](2) NOT NULL CONSTRAINT [DF_vHQCompanyProcess_Mod] DEFAULT ('HQ'),
	[HQCo] [dbo].[bCompany] NOT NULL,
	[DocType] [varchar](10) NULL,
	[Process] [varchar](20) NOT NULL,
	[Active] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vHQCompanyProcess_Active] DEFAULT ('Y'),
	[Notes] [dbo].[bNotes] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQCompanyProcess] ADD CONSTRAINT [PK_vHQCompanyProcess] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE CLUSTERED INDEX [IX_vHQCompanyProcess_HQCoDocType] ON [dbo].[vHQCompanyProcess] ([Mod] ASC, [HQCo] ASC, [DocType] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_vHQCompanyProcess_ProcessOnly] ON [dbo].[vHQCompanyProcess] ([Process] ASC)
GO
ALTER TABLE [dbo].[vHQCompanyProcess] WITH CHECK ADD CONSTRAINT [FK_vHQCompanyProcess_vDDMO] FOREIGN KEY([Mod]) REFERENCES [dbo].[vDDMO] ([Mod])
GO
ALTER TABLE [dbo].[vHQCompanyProcess] WITH CHECK ADD CONSTRAINT [FK_vHQCompanyProcess_vWFProcess] FOREIGN KEY([Process]) REFERENCES [dbo].[vWFProcess] ([Process])
GO
