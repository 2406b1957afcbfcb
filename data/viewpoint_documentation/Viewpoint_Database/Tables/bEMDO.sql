SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bEMDO](
	[EMCo] [dbo].[bCompany] NOT NULL,
	[Department] [dbo].[bDept] NOT NULL,
	[CostCode] [dbo].[bCostCode] NOT NULL,
	[EMGroup] [dbo].[bGroup] NOT NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[ExcludePR] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bEMDO_ExcludePR] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biEMDO] ON [dbo].[bEMDO] ([EMCo] ASC, [Department] ASC, [CostCode] ASC, [EMGroup] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bEMDO] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bEMDO].[ExcludePR]'
GO
