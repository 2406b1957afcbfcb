SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bCMST](
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NOT NULL,
	[StmtDate] [dbo].[bDate] NOT NULL,
	[BegBal] [dbo].[bDollar] NOT NULL,
	[WorkBal] [dbo].[bDollar] NOT NULL,
	[StmtBal] [dbo].[bDollar] NOT NULL,
	[Status] [tinyint] NOT NULL,
	[LstUploadDate] [dbo].[bDate] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bCMST] ADD CONSTRAINT [PK_bCMST_KeyID] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biCMST] ON [dbo].[bCMST] ([CMCo] ASC, [CMAcct] ASC, [StmtDate] ASC)
GO
ALTER TABLE [dbo].[bCMST] WITH CHECK ADD CONSTRAINT [FK_bCMST_bCMAC_CMCoCMAcct] FOREIGN KEY([CMCo], [CMAcct]) REFERENCES [dbo].[bCMAC] ([CMCo], [CMAcct])
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bCMST].[CMAcct]'
GO
