SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMSM](
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[EMTrans] [dbo].[bTrans] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[ReadingDate] [dbo].[bDate] NOT NULL,
	[BeginOdo] [dbo].[bUnits] NOT NULL,
	[EndOdo] [dbo].[bUnits] NOT NULL,
	[InUseMth] [dbo].[bMonth] NULL,
	[InUseBatchId] [dbo].[bBatchID] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Notes] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMSM] ON [dbo].[bEMSM] ([Co] ASC, [Mth] ASC, [EMTrans] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMSM] ([KeyID] ASC)
GO
