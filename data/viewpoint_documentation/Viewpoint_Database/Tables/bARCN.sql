SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bARCN](
	[CustGroup] [dbo].[bGroup] NOT NULL,
	[Customer] [dbo].[bCustomer] NOT NULL,
	[Seq] [int] NOT NULL,
	[Date] [dbo].[bDate] NOT NULL,
	[Contact] [varchar](30) NULL,
	[Followup] [dbo].[bDate] NULL,
	[Invoice] [varchar](10) NULL,
	[Resolved] [dbo].[bYN] NOT NULL,
	[UserID] [dbo].[bVPUserName] NOT NULL,
	[Summary] [dbo].[bDesc] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[CreatedDate] [dbo].[bDate] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ARCo] [dbo].[bCompany] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biARCN] ON [dbo].[bARCN] ([CustGroup] ASC, [Customer] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bARCN] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bARCN].[Resolved]'
GO
