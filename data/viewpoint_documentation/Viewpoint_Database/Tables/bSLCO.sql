SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bSLCO](
	[SLCo] [dbo].[bCompany] NOT NULL,
	[CmtdDetailToJC] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bSLCO_CmtdDetailToJC] DEFAULT ('Y'),
	[AuditCoParams] [dbo].[bYN] NOT NULL,
	[AuditSLs] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[AuditSLCompliance] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bSLCO_AuditSLCompliance] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[AttachBatchReportsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bSLCO_AttachBatchReportsYN] DEFAULT ('N'),
	[EnforceSLCatchup] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bSLCO_EnforceSLCatchup] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biSLCO] ON [dbo].[bSLCO] ([SLCo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bSLCO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bSLCO].[CmtdDetailToJC]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bSLCO].[AuditCoParams]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bSLCO].[AuditSLs]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bSLCO].[AuditSLCompliance]'
GO
