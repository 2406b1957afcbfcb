SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBIL](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[BillMonth] [dbo].[bMonth] NOT NULL,
	[BillNumber] [int] NOT NULL,
	[Line] [int] NOT NULL,
	[Item] [dbo].[bContractItem] NULL,
	[Contract] [dbo].[bContract] NULL,
	[Job] [dbo].[bJob] NULL,
	[PhaseGroup] [dbo].[bGroup] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[Date] [dbo].[bDate] NULL,
	[Template] [varchar](10) NULL,
	[TemplateSeq] [int] NULL,
	[TemplateSortLevel] [tinyint] NULL,
	[TemplateSeqSumOpt] [tinyint] NULL,
	[TemplateSeqGroup] [int] NULL,
	[LineType] [char](1) NULL,
	[Description] [varchar](128) NULL,
	[TaxGroup] [dbo].[bGroup] NULL,
	[TaxCode] [dbo].[bTaxCode] NULL,
	[MarkupOpt] [char](1) NULL,
	[MarkupRate] [numeric](17, 6) NOT NULL,
	[Basis] [dbo].[bDollar] NOT NULL,
	[MarkupAddl] [dbo].[bDollar] NOT NULL,
	[MarkupTotal] [dbo].[bDollar] NOT NULL,
	[Total] [dbo].[bDollar] NOT NULL,
	[Retainage] [dbo].[bDollar] NOT NULL,
	[Discount] [dbo].[bDollar] NOT NULL,
	[NewLine] [int] NULL,
	[ReseqYN] [dbo].[bYN] NOT NULL,
	[LineKey] [varchar](100) NULL,
	[Notes] [varchar](max) NULL,
	[TemplateGroupNum] [int] NULL,
	[LineForAddon] [int] NULL,
	[AuditYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIL_AuditYN] DEFAULT ('Y'),
	[Purge] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBIL_Purge] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBIL] ON [dbo].[bJBIL] ([JBCo] ASC, [BillMonth] ASC, [BillNumber] ASC, [Line] ASC)
GO
CREATE NONCLUSTERED INDEX [biJBILLineKey] ON [dbo].[bJBIL] ([JBCo] ASC, [LineKey] ASC, [TemplateSeq] ASC, [Item] ASC)
GO
CREATE NONCLUSTERED INDEX [biJBILTempSeq] ON [dbo].[bJBIL] ([JBCo] ASC, [Template] ASC, [TemplateSeq] ASC, [LineType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBIL] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIL].[ReseqYN]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bJBIL].[ReseqYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIL].[AuditYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBIL].[Purge]'
GO
