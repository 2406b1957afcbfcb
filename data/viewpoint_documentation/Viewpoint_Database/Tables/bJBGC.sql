SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBGC](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[ProcessGroup] [varchar](20) NOT NULL,
	[Seq] [int] NOT NULL,
	[Contract] [dbo].[bContract] NULL,
	[CustGroup] [dbo].[bGroup] NULL,
	[Customer] [dbo].[bCustomer] NULL,
	[Template] [varchar](10) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBGC] ON [dbo].[bJBGC] ([JBCo] ASC, [ProcessGroup] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBGC] ([KeyID] ASC)
GO
