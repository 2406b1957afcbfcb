SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bCMCE](
	[CMCo] [dbo].[bCompany] NOT NULL,
	[UploadDate] [dbo].[bDate] NOT NULL,
	[Seq] [int] NOT NULL,
	[BankAcct] [varchar](30) NOT NULL,
	[ChkNo] [dbo].[bCMRef] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL,
	[ClearDate] [dbo].[bDate] NULL,
	[ErrorText] [varchar](60) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [IX_bCMCE_CMCo_UPloadDate_Seq] ON [dbo].[bCMCE] ([CMCo] ASC, [UploadDate] ASC, [Seq] ASC)
GO
ALTER TABLE [dbo].[bCMCE] WITH CHECK ADD CONSTRAINT [FK_bCMCE_bCMCO_CMCo] FOREIGN KEY([CMCo]) REFERENCES [dbo].[bCMCO] ([CMCo])
GO
