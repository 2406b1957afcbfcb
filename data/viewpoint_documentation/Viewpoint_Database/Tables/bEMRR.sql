SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMRR](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Category] [dbo].[bCat] NOT NULL,
	[RevCode] [dbo].[bRevCode] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[WorkUM] [dbo].[bUM] NULL,
	[UpdtHrMeter] [dbo].[bYN] NOT NULL,
	[PostWorkUnits] [dbo].[bYN] NOT NULL,
	[AllowPostOride] [dbo].[bYN] NOT NULL,
	[Rate] [dbo].[bDollar] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMRR] ON [dbo].[bEMRR] ([EMCo] ASC, [Category] ASC, [RevCode] ASC, [EMGroup] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMRR] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMRR].[UpdtHrMeter]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMRR].[PostWorkUnits]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMRR].[AllowPostOride]'
GO
