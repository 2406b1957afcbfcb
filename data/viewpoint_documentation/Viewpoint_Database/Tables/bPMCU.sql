SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMCU](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[DocCat] [varchar](10) NOT NULL,
	[Inactive] [char](1) NOT NULL CONSTRAINT [DF_bPMCU_Inactive] DEFAULT ('N'),
	[UseStdCCList] [char](1) NOT NULL CONSTRAINT [DF_bPMCU_UseStdCCList] DEFAULT ('Y'),
	[OvrCCList] [varchar](500) NULL,
	[UseStdSubject] [char](1) NOT NULL CONSTRAINT [DF_bPMCU_UseStdSubject] DEFAULT ('Y'),
	[OvrSubject] [varchar](500) NULL,
	[UseStdFileName] [char](1) NOT NULL CONSTRAINT [DF_bPMCU_UseStdFileName] DEFAULT ('Y'),
	[OvrFileName] [varchar](500) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[AttachToParent] [char](1) NOT NULL CONSTRAINT [DF_bPMCU_AttachToParent] DEFAULT ('Y'),
	CONSTRAINT [CK_bPMCU_Inactive] CHECK ([Inactive]='N' OR [Inactive]='Y'),
	CONSTRAINT [CK_bPMCU_UseStdCCList] CHECK ([UseStdCCList]='N' OR [UseStdCCList]='Y'),
	CONSTRAINT [CK_bPMCU_UseStdSubject] CHECK ([UseStdSubject]='N' OR [UseStdSubject]='Y'),
	CONSTRAINT [CK_bPMCU_UseStdFileName] CHECK ([UseStdFileName]='N' OR [UseStdFileName]='Y'),
	CONSTRAINT [CK_bPMCU_AttachToParent] CHECK ([AttachToParent]='Y' OR [AttachToParent]='N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMCU] ADD CONSTRAINT [PK_bPMCU] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_bPMCU_DocCat] ON [dbo].[bPMCU] ([DocCat] ASC)
GO
ALTER TABLE [dbo].[bPMCU] WITH CHECK ADD CONSTRAINT [FK_bPMCU_bPMCT] FOREIGN KEY([DocCat]) REFERENCES [dbo].[bPMCT] ([DocCat])
GO
