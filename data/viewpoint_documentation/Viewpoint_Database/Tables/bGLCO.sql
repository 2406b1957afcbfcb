SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLCO](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[Consolid] [dbo].[bYN] NOT NULL,
	[LastMthSubClsd] [dbo].[bMonth] NOT NULL,
	[LastMthGLClsd] [dbo].[bMonth] NOT NULL,
	[MaxOpen] [tinyint] NOT NULL,
	[CashAccrual] [char](1) NOT NULL CONSTRAINT [DF_bGLCO_CashAccrual] DEFAULT ('A'),
	[Unbal] [dbo].[bYN] NOT NULL,
	[AuditCoParams] [dbo].[bYN] NOT NULL,
	[AuditAccts] [dbo].[bYN] NOT NULL,
	[AuditAutoJrnl] [dbo].[bYN] NOT NULL,
	[AuditBals] [dbo].[bYN] NOT NULL,
	[AuditBudgets] [dbo].[bYN] NOT NULL,
	[AuditDetail] [dbo].[bYN] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[XCompJrnlEntryYN] [dbo].[bYN] NOT NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[LastMthAPClsd] [dbo].[bMonth] NOT NULL,
	[LastMthARClsd] [dbo].[bMonth] NOT NULL,
	[AttachBatchReportsYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bGLCO_AttachBatchReportsYN] DEFAULT ('N'),
	[FMConsolid] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bGLCO_FMConsolid] DEFAULT ('N'),
	CONSTRAINT [CK_bGLCO_LastMthSubClsd] CHECK ([LastMthGLClsd]<=[LastMthSubClsd])
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLCO] ADD CONSTRAINT [PK_bGLCO] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLCO] ON [dbo].[bGLCO] ([GLCo] ASC)
GO
ALTER TABLE [dbo].[bGLCO] WITH CHECK ADD CONSTRAINT [FK_bGLCO_bHQCO_GLCo] FOREIGN KEY([GLCo]) REFERENCES [dbo].[bHQCO] ([HQCo])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLCO].[Consolid]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLCO].[Unbal]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLCO].[AuditCoParams]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLCO].[AuditAccts]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLCO].[AuditAutoJrnl]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLCO].[AuditBals]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLCO].[AuditBudgets]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLCO].[AuditDetail]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLCO].[XCompJrnlEntryYN]'
GO
