SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMLB](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[BatchSeq] [int] NOT NULL,
	[Source] [dbo].[bSource] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[BatchTransType] [char](1) NOT NULL,
	[MeterTrans] [dbo].[bTrans] NULL,
	[FromJCCo] [dbo].[bCompany] NULL,
	[FromJob] [dbo].[bJob] NULL,
	[ToJCCo] [dbo].[bCompany] NULL,
	[ToJob] [dbo].[bJob] NULL,
	[FromLocation] [varchar](10) NULL,
	[ToLocation] [varchar](10) NULL,
	[DateIn] [dbo].[bDate] NULL,
	[TimeIn] [smalldatetime] NULL,
	[DateOut] [dbo].[bDate] NULL,
	[TimeOut] [smalldatetime] NULL,
	[Memo] [dbo].[bDesc] NULL,
	[EstOut] [datetime] NULL,
	[LastBilled] [datetime] NULL,
	[OldEquipment] [dbo].[bEquip] NULL,
	[OldFromJCCo] [dbo].[bCompany] NULL,
	[OldFromJob] [dbo].[bJob] NULL,
	[OldToJCCo] [dbo].[bCompany] NULL,
	[OldToJob] [dbo].[bJob] NULL,
	[OldFromLocation] [varchar](10) NULL,
	[OldToLocation] [varchar](10) NULL,
	[OldDateIn] [dbo].[bDate] NULL,
	[OldTimeIn] [smalldatetime] NULL,
	[OldDateOut] [dbo].[bDate] NULL,
	[OldTimeOut] [smalldatetime] NULL,
	[OldMemo] [dbo].[bDesc] NULL,
	[OldEstOut] [datetime] NULL,
	[OldLastBilled] [datetime] NULL,
	[AttachedToSeq] [int] NULL,
	[Notes] [varchar](max) NULL,
	[OldNotes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMLB] ON [dbo].[bEMLB] ([Co] ASC, [Mth] ASC, [BatchId] ASC, [BatchSeq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMLB] ([KeyID] ASC)
GO
