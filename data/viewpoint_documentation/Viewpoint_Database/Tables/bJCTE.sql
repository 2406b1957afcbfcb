SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCTE](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[LiabTemplate] [smallint] NOT NULL,
	[LiabType] [dbo].[bLiabilityType] NOT NULL,
	[EarnCode] [dbo].[bEDLCode] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCTE] ON [dbo].[bJCTE] ([JCCo] ASC, [LiabTemplate] ASC, [LiabType] ASC, [EarnCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCTE] ([KeyID] ASC)
GO
