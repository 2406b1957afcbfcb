SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQTX](
	[TaxGroup] [dbo].[bGroup] NOT NULL,
	[TaxCode] [dbo].[bTaxCode] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[MultiLevel] [dbo].[bYN] NOT NULL,
	[OldRate] [dbo].[bRate] NULL,
	[NewRate] [dbo].[bRate] NULL,
	[EffectiveDate] [dbo].[bDate] NULL,
	[GLAcct] [dbo].[bGLAcct] NULL,
	[Phase] [dbo].[bPhase] NULL,
	[JCCostType] [dbo].[bJCCType] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ValueAdd] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQTX_ValueAdd] DEFAULT ('N'),
	[GST] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQTX_GST] DEFAULT ('N'),
	[ExpenseTax] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQTX_ExpenseTax] DEFAULT ('N'),
	[InclGSTinPST] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQTX_InclGSTinPST] DEFAULT ('N'),
	[RetgGLAcct] [dbo].[bGLAcct] NULL,
	[DbtGLAcct] [dbo].[bGLAcct] NULL,
	[DbtRetgGLAcct] [dbo].[bGLAcct] NULL,
	[CrdRetgGSTGLAcct] [dbo].[bGLAcct] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQTX] ON [dbo].[bHQTX] ([TaxGroup] ASC, [TaxCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQTX] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQTX].[MultiLevel]'
GO
