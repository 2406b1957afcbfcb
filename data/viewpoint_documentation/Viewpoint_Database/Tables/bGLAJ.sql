SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLAJ](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[Jrnl] [dbo].[bJrnl] NOT NULL,
	[EntryId] [smallint] NOT NULL,
	[Seq] [tinyint] NOT NULL,
	[AllocType] [tinyint] NOT NULL,
	[SourceType] [char](1) NULL,
	[SourceAcct] [dbo].[bGLAcct] NULL,
	[SourceTotal] [tinyint] NULL,
	[SourceBasis] [char](1) NULL,
	[Pct] [dbo].[bPct] NULL,
	[RatioType1] [char](1) NULL,
	[RatioAcct1] [dbo].[bGLAcct] NULL,
	[RatioTotal1] [tinyint] NULL,
	[RatioBasis1] [char](1) NULL,
	[RatioType2] [char](1) NULL,
	[RatioAcct2] [dbo].[bGLAcct] NULL,
	[RatioTotal2] [tinyint] NULL,
	[RatioBasis2] [char](1) NULL,
	[Amount] [dbo].[bDollar] NULL,
	[DrCr] [char](1) NULL,
	[PostToType] [char](1) NULL,
	[PostToGLAcct] [dbo].[bGLAcct] NULL,
	[PostToTotal] [tinyint] NULL,
	[GLRef] [dbo].[bGLRef] NULL,
	[TransDesc] [dbo].[bTransDesc] NULL,
	[LastMthToPost] [dbo].[bMonth] NULL,
	[Frequency] [dbo].[bFreq] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[PostToGLCo] [dbo].[bCompany] NULL,
	CONSTRAINT [CK_bGLAJ_AllocType] CHECK ([AllocType]<>(2) AND [RatioType1] IS NULL AND [RatioAcct1] IS NULL AND [RatioBasis1] IS NULL AND [RatioType2] IS NULL AND [RatioAcct2] IS NULL AND [RatioBasis2] IS NULL OR [AllocType]=(2)),
	CONSTRAINT [CK_bGLAJ_AllocType_2] CHECK ([AllocType]=(2) AND [RatioType1] IS NOT NULL OR [AllocType]<>(2)),
	CONSTRAINT [CK_bGLAJ_AllocType_3] CHECK ([AllocType]=(2) AND [RatioType2] IS NOT NULL OR [AllocType]<>(2)),
	CONSTRAINT [CK_bGLAJ_AllocType_4] CHECK (([AllocType]=(2) OR [AllocType]=(1)) AND [SourceType] IS NOT NULL OR NOT ([AllocType]=(2) OR [AllocType]=(1)))
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLAJ] ADD CONSTRAINT [PK_bGLAJ] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLAJ] ON [dbo].[bGLAJ] ([GLCo] ASC, [Jrnl] ASC, [EntryId] ASC, [Seq] ASC)
GO
ALTER TABLE [dbo].[bGLAJ] WITH CHECK ADD CONSTRAINT [FK_bGLAJ_bGLJR_GLCoJrnl] FOREIGN KEY([GLCo], [Jrnl]) REFERENCES [dbo].[bGLJR] ([GLCo], [Jrnl])
GO
ALTER TABLE [dbo].[bGLAJ] WITH CHECK ADD CONSTRAINT [FK_bGLAJ_bHQFC_Frequency] FOREIGN KEY([Frequency]) REFERENCES [dbo].[bHQFC] ([Frequency])
GO
