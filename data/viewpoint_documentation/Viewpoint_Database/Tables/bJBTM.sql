SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJBTM](
	[JBCo] [dbo].[bCompany] NOT NULL,
	[Template] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[SortOrder] [char](1) NOT NULL,
	[LaborRateOpt] [char](1) NOT NULL,
	[LaborOverrideYN] [dbo].[bYN] NOT NULL,
	[EquipRateOpt] [char](1) NOT NULL,
	[LaborCatYN] [dbo].[bYN] NOT NULL,
	[EquipCatYN] [dbo].[bYN] NOT NULL,
	[MatlCatYN] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[CopyInProgress] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bJBTM_CopyInProgress] DEFAULT ('N'),
	[LaborEffectiveDate] [dbo].[bDate] NULL,
	[EquipEffectiveDate] [dbo].[bDate] NULL,
	[MatlEffectiveDate] [dbo].[bDate] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJBTM] ON [dbo].[bJBTM] ([JBCo] ASC, [Template] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJBTM] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTM].[LaborOverrideYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTM].[LaborCatYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTM].[EquipCatYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTM].[MatlCatYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bJBTM].[CopyInProgress]'
GO
