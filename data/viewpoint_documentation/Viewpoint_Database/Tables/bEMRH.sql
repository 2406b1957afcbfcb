SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMRH](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Equipment] [dbo].[bEquip] NOT NULL,
	[RevCode] [dbo].[bRevCode] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[WorkUM] [dbo].[bUM] NULL,
	[UpdtHrMeter] [dbo].[bYN] NOT NULL,
	[PostWorkUnits] [dbo].[bYN] NOT NULL,
	[ORideRate] [dbo].[bYN] NOT NULL,
	[AllowPostOride] [dbo].[bYN] NOT NULL,
	[Rate] [dbo].[bDollar] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMRH] ON [dbo].[bEMRH] ([EMCo] ASC, [Equipment] ASC, [RevCode] ASC, [EMGroup] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMRH] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMRH].[UpdtHrMeter]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMRH].[PostWorkUnits]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMRH].[ORideRate]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMRH].[AllowPostOride]'
GO
