SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBCE](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[ErrorNumber] [tinyint] NOT NULL,
	[ErrorDesc] [varchar](255) NOT NULL,
	[ErrorDate] [smalldatetime] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBCE] ON [dbo].[bJBCE] ([JBCo] ASC, [Contract] ASC, [ErrorNumber] ASC)
GO
