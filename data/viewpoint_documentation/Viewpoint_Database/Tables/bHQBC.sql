SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQBC](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[Source] [dbo].[bSource] NOT NULL,
	[TableName] [char](20) NOT NULL,
	[InUseBy] [dbo].[bVPUserName] NULL,
	[DateCreated] [smalldatetime] NOT NULL,
	[CreatedBy] [dbo].[bVPUserName] NOT NULL,
	[Status] [tinyint] NOT NULL,
	[Rstrict] [dbo].[bYN] NOT NULL,
	[Adjust] [dbo].[bYN] NULL,
	[PRGroup] [dbo].[bGroup] NULL,
	[PREndDate] [dbo].[bDate] NULL,
	[DatePosted] [dbo].[bDate] NULL,
	[DateClosed] [smalldatetime] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQBC] ON [dbo].[bHQBC] ([Co] ASC, [Mth] ASC, [BatchId] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQBC] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [biHQBCPREndDate] ON [dbo].[bHQBC] ([PREndDate] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bHQBC_UniqueAttchID] ON [dbo].[bHQBC] ([UniqueAttchID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQBC].[Rstrict]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bHQBC].[Adjust]'
GO
