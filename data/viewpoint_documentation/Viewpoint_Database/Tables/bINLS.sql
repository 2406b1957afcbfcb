SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bINLS](
	[INCo] [dbo].[bCompany] NOT NULL,
	[Loc] [dbo].[bLoc] NOT NULL,
	[Co] [dbo].[bCompany] NOT NULL,
	[GLCo] [dbo].[bCompany] NULL,
	[JobSalesGLAcct] [dbo].[bGLAcct] NULL,
	[InvSalesGLAcct] [dbo].[bGLAcct] NULL,
	[EquipSalesGLAcct] [dbo].[bGLAcct] NULL,
	[JobQtyGLAcct] [dbo].[bGLAcct] NULL,
	[InvQtyGLAcct] [dbo].[bGLAcct] NULL,
	[JobHaulRevEquipGLAcct] [dbo].[bGLAcct] NULL,
	[InvHaulRevEquipGLAcct] [dbo].[bGLAcct] NULL,
	[JobHaulRevOutGLAcct] [dbo].[bGLAcct] NULL,
	[InvHaulRevOutGLAcct] [dbo].[bGLAcct] NULL,
	[JobHaulExpEquipGLAcct] [dbo].[bGLAcct] NULL,
	[InvHaulExpEquipGLAcct] [dbo].[bGLAcct] NULL,
	[JobHaulExpOutGLAcct] [dbo].[bGLAcct] NULL,
	[InvHaulExpOutGLAcct] [dbo].[bGLAcct] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[JobMatlExpGLAcct] [dbo].[bGLAcct] NULL,
	[InvMatlExpGLAcct] [dbo].[bGLAcct] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biINLS] ON [dbo].[bINLS] ([INCo] ASC, [Loc] ASC, [Co] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bINLS] ([KeyID] ASC)
GO
