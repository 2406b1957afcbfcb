SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMRC](
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[RevCode] [dbo].[bRevCode] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Basis] [char](1) NOT NULL,
	[WorkUM] [dbo].[bUM] NULL,
	[TimeUM] [dbo].[bUM] NULL,
	[HrsPerTimeUM] [dbo].[bHrs] NOT NULL,
	[UpdateHourMeter] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[HaulBased] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMRC_HaulBased] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[MonthlyRevCodeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMRC_MonthlyRevCodeYN] DEFAULT ('N')
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMRC] ON [dbo].[bEMRC] ([EMGroup] ASC, [RevCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMRC] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMRC].[UpdateHourMeter]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMRC].[HaulBased]'
GO
