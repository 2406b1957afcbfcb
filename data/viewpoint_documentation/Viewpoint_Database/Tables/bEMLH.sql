SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMLH](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Month] [dbo].[bMonth] NOT NULL,
	[Trans] [dbo].[bTrans] NOT NULL,
	[BatchID] [dbo].[bBatchID] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[FromJCCo] [dbo].[bCompany] NULL,
	[ToJCCo] [dbo].[bCompany] NULL,
	[FromJob] [dbo].[bJob] NULL,
	[ToJob] [dbo].[bJob] NULL,
	[FromLocation] [dbo].[bLoc] NULL,
	[ToLocation] [dbo].[bLoc] NULL,
	[DateIn] [dbo].[bDate] NOT NULL,
	[TimeIn] [smalldatetime] NULL,
	[DateOut] [dbo].[bDate] NULL,
	[TimeOut] [smalldatetime] NULL,
	[Memo] [dbo].[bDesc] NULL,
	[EstOut] [datetime] NULL,
	[InUseBatchID] [dbo].[bBatchID] NULL,
	[AttachedToTrans] [dbo].[bTrans] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMLH] ON [dbo].[bEMLH] ([EMCo] ASC, [Month] ASC, [Trans] ASC)
GO
CREATE NONCLUSTERED INDEX [biEMLHDate] ON [dbo].[bEMLH] ([EMCo] ASC, [Equipment] ASC, [DateIn] ASC, [TimeIn] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMLH] ([KeyID] ASC)
GO
