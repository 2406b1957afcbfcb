SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMPB](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[LiabType] [dbo].[bLiabilityType] NOT NULL,
	[BurdenType] [char](1) NOT NULL,
	[BurdenRate] [dbo].[bRate] NOT NULL,
	[AddonRate] [dbo].[bRate] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMPB] ON [dbo].[bEMPB] ([EMCo] ASC, [LiabType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMPB] ([KeyID] ASC)
GO
