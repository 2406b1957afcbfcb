SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bCMCO](
	[CMCo] [dbo].[bCompany] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[Jrnl] [dbo].[bJrnl] NOT NULL,
	[GLDetailDesc] [varchar](60) NULL,
	[GLSummaryDesc] [varchar](60) NULL,
	[GLInterfaceLvl] [tinyint] NOT NULL,
	[ChangeBegBal] [dbo].[bYN] NOT NULL,
	[AuditCoParams] [dbo].[bYN] NOT NULL,
	[AuditAccts] [dbo].[bYN] NOT NULL,
	[AuditDetail] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[AttachBatchReportsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bCMCO_AttachBatchReportsYN] DEFAULT ('N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bCMCO] ADD CONSTRAINT [PK_bCMCO_KeyID] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biCMCO] ON [dbo].[bCMCO] ([CMCo] ASC)
GO
ALTER TABLE [dbo].[bCMCO] WITH CHECK ADD CONSTRAINT [FK_bCMCO_bHQCO_CMCo] FOREIGN KEY([CMCo]) REFERENCES [dbo].[bHQCO] ([HQCo])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bCMCO].[ChangeBegBal]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bCMCO].[AuditCoParams]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bCMCO].[AuditAccts]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bCMCO].[AuditDetail]'
GO
