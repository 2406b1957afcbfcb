SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPPD](
	[APCo] [dbo].[bCompany] NOT NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NOT NULL,
	[PayMethod] [char](1) NOT NULL,
	[CMRef] [dbo].[bCMRef] NOT NULL,
	[CMRefSeq] [tinyint] NOT NULL,
	[EFTSeq] [smallint] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[APTrans] [dbo].[bTrans] NOT NULL,
	[APRef] [dbo].[bAPReference] NULL,
	[Description] [dbo].[bDesc] NULL,
	[InvDate] [dbo].[bDate] NOT NULL,
	[Gross] [dbo].[bDollar] NOT NULL,
	[Retainage] [dbo].[bDollar] NOT NULL,
	[PrevPaid] [dbo].[bDollar] NOT NULL,
	[PrevDiscTaken] [dbo].[bDollar] NOT NULL,
	[Balance] [dbo].[bDollar] NOT NULL,
	[DiscTaken] [dbo].[bDollar] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[TotTaxAmount] [dbo].[bDollar] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biAPPD] ON [dbo].[bAPPD] ([APCo] ASC, [CMCo] ASC, [CMAcct] ASC, [PayMethod] ASC, [CMRef] ASC, [CMRefSeq] ASC, [EFTSeq] ASC, [Mth] ASC, [APTrans] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPPD] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bAPPD].[CMAcct]'
GO
