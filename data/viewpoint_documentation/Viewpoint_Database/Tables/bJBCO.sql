SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBCO](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[AutoSeqInvYN] [dbo].[bYN] NOT NULL,
	[InvoiceOpt] [char](1) NULL,
	[LastInvoice] [varchar](10) NULL,
	[ChgPrevProg] [dbo].[bYN] NOT NULL,
	[AuditCo] [dbo].[bYN] NOT NULL,
	[AuditBills] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UndefinedAsBilledYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBCO_UndefinedAsBilledYN] DEFAULT ('N'),
	[EditProgOnBothYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBCO_EditProgOnBothYN] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[AuditTemplate] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBCO_AuditTemplate] DEFAULT ('N'),
	[JBTemplate] [varchar](10) NULL,
	[PrevUpdateYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBCO_PrevUpdateYN] DEFAULT ('N'),
	[AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBCO_AuditYN] DEFAULT ('Y'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[AttachBatchReportsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBCO_AttachBatchReportsYN] DEFAULT ('N'),
	[UseCertified] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBCO_UseCertified] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBCO] ON [dbo].[bJBCO] ([JBCo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBCO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBCO].[AutoSeqInvYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBCO].[ChgPrevProg]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBCO].[AuditCo]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBCO].[AuditBills]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBCO].[UndefinedAsBilledYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBCO].[EditProgOnBothYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBCO].[AuditTemplate]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBCO].[PrevUpdateYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBCO].[AuditYN]'
GO
