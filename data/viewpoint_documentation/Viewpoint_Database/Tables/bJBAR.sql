SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBAR](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[BillNumber] [int] NOT NULL,
	[BatchTransType] [varchar](20) NOT NULL,
	[Invoice] [varchar](10) NULL,
	[Contract] [dbo].[bContract] NULL,
	[CustGroup] [dbo].[bGroup] NOT NULL,
	[Customer] [dbo].[bCustomer] NOT NULL,
	[RecType] [tinyint] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[ARTrans] [dbo].[bTrans] NULL,
	[TransDate] [dbo].[bDate] NOT NULL,
	[PayTerms] [dbo].[bPayTerms] NULL,
	[DueDate] [dbo].[bDate] NOT NULL,
	[DiscDate] [dbo].[bDate] NULL,
	[Notes] [varchar](max) NULL,
	[oldInvoice] [varchar](10) NULL,
	[oldContract] [dbo].[bContract] NULL,
	[oldCustomer] [dbo].[bCustomer] NULL,
	[oldRecType] [tinyint] NULL,
	[oldDescription] [dbo].[bDesc] NULL,
	[oldTransDate] [dbo].[bDate] NULL,
	[oldDueDate] [dbo].[bDate] NULL,
	[oldDiscDate] [dbo].[bDate] NULL,
	[oldPayTerms] [dbo].[bPayTerms] NULL,
	[BillMonth] [dbo].[bMonth] NOT NULL,
	[RevRelRetgYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBAR_RevRelRetgYN] DEFAULT ('N'),
	[oldNotes] [varchar](max) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBAR] ON [dbo].[bJBAR] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE NONCLUSTERED INDEX [biJBARInvoice] ON [dbo].[bJBAR] ([Co] ASC, [Invoice] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBAR].[RevRelRetgYN]'
GO
