SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLAC](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLAcct] [dbo].[bGLAcct] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[AcctType] [char](1) NOT NULL,
	[SubType] [char](1) NULL,
	[NormBal] [char](1) NULL,
	[InterfaceDetail] [dbo].[bYN] NOT NULL,
	[Active] [dbo].[bYN] NOT NULL,
	[SummaryAcct] [dbo].[bGLAcct] NOT NULL,
	[CashAccrual] [char](1) NOT NULL CONSTRAINT [DF_bGLAC_CashAccrual] DEFAULT ('A'),
	[CashOffAcct] [dbo].[bGLAcct] NULL,
	[Notes] [varchar](max) NULL,
	[Part1] [varchar](20) NULL,
	[Part2] [varchar](20) NULL,
	[Part3] [varchar](20) NULL,
	[Part4] [varchar](20) NULL,
	[Part5] [varchar](20) NULL,
	[Part6] [varchar](20) NULL,
	[AllParts] [varchar](20) NULL,
	[CrossRefMemAcct] [dbo].[bGLAcct] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ReviewerGroup] [varchar](10) NULL,
	CONSTRAINT [CK_bGLAC_AcctType] CHECK ([AcctType]='P' OR [AcctType]='M' OR [AcctType]='L' OR [AcctType]='I' OR [AcctType]='H' OR [AcctType]='E' OR [AcctType]='C' OR [AcctType]='A'),
	CONSTRAINT [CK_bGLAC_SubType] CHECK ([SubType]='R' OR [SubType]='P' OR [SubType]='C' OR [SubType]='E' OR [SubType]='I' OR [SubType]='J' OR [SubType]='S')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLAC] ADD CONSTRAINT [PK_bGLAC] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLAC] ON [dbo].[bGLAC] ([GLCo] ASC, [GLAcct] ASC)
GO
CREATE NONCLUSTERED INDEX [biGLACAcctType] ON [dbo].[bGLAC] ([AcctType] ASC)
GO
ALTER TABLE [dbo].[bGLAC] WITH CHECK ADD CONSTRAINT [FK_bGLAC_bGLCO_GLCo] FOREIGN KEY([GLCo]) REFERENCES [dbo].[bGLCO] ([GLCo])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLAC].[InterfaceDetail]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bGLAC].[Active]'
GO
