SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQTL](
	[TaxGroup] [dbo].[bGroup] NOT NULL,
	[TaxCode] [dbo].[bTaxCode] NOT NULL,
	[TaxLink] [dbo].[bTaxCode] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQTL] ON [dbo].[bHQTL] ([TaxGroup] ASC, [TaxCode] ASC, [TaxLink] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQTL] ([KeyID] ASC)
GO
