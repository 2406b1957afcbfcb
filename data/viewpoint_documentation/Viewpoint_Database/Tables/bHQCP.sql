SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQCP](
	[CompCode] [dbo].[bCompCode] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[CompType] [char](1) NOT NULL,
	[Verify] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[AllInvoiceYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bHQCP_AllInvoiceYN] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQCP] ON [dbo].[bHQCP] ([CompCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQCP] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQCP].[Verify]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQCP].[AllInvoiceYN]'
GO
