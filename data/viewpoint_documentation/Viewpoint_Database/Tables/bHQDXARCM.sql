SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQDXARCM](
	[ErrorID] [int] IDENTITY(1,1) NOT NULL,
	[Co] [dbo].[bCompany] NULL,
	[CustGroup] [dbo].[bGroup] NULL,
	[Customer] [dbo].[bCustomer] NULL,
	[TriggerName] [varchar](10) NULL,
	[ErrorDate] [dbo].[bDate] NULL,
	[ErrorMessage] [varchar](255) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQDXARCM] ON [dbo].[bHQDXARCM] ([ErrorID] ASC)
GO
