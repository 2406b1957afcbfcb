SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMUT](
	[Template] [varchar](10) NOT NULL,
	[Description] [dbo].[bDesc] NOT NULL,
	[ImportRoutine] [varchar](20) NOT NULL,
	[Override] [dbo].[bYN] NOT NULL,
	[StdTemplate] [varchar](10) NULL,
	[FileType] [varchar](1) NULL,
	[Delimiter] [varchar](1) NULL,
	[OtherDelim] [varchar](2) NULL,
	[TextQualifier] [varchar](2) NULL,
	[ItemOption] [char](1) NULL,
	[AccumCosts] [dbo].[bYN] NOT NULL,
	[ContractItem] [dbo].[bContractItem] NULL,
	[ItemDescription] [dbo].[bItemDesc] NULL,
	[BegPosition] [tinyint] NULL,
	[EndPosition] [tinyint] NULL,
	[ImportSICode] [dbo].[bYN] NOT NULL,
	[InitSICode] [char](1) NULL,
	[DefaultSIRegion] [varchar](6) NULL,
	[LastPartPhase] [char](1) NOT NULL,
	[CreatePhase] [char](1) NOT NULL,
	[CreateCostType] [char](1) NOT NULL,
	[CreateVendor] [char](1) NOT NULL,
	[CreateMatl] [char](1) NOT NULL,
	[CreateUM] [char](1) NOT NULL,
	[DefaultContract] [dbo].[bYN] NOT NULL,
	[DefaultFirm] [dbo].[bYN] NOT NULL,
	[COItem] [dbo].[bYN] NOT NULL,
	[CreateSICode] [varchar](1) NULL,
	[Notes] [varchar](max) NULL,
	[CreateSubRecsYN] [dbo].[bYN] NULL,
	[FixedAmt] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUT_FixedAmt] DEFAULT ('N'),
	[DropMatlCode] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUT_DropMatlCode] DEFAULT ('N'),
	[UseSICodeDesc] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUT_UseSICodeDesc] DEFAULT ('N'),
	[RollupMatlCode] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUT_RollupMatlCode] DEFAULT ('N'),
	[UseItemQtyUM] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUT_UseItemQtyUM] DEFAULT ('N'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[IncrementBy] [smallint] NOT NULL CONSTRAINT [DF_bPMUT_IncrementBy] DEFAULT ((0)),
	[UserRoutine] [varchar](30) NULL,
	[RecordTypeCol] [int] NULL,
	[BegRecTypePos] [int] NULL,
	[EndRecTypePos] [int] NULL,
	[XMLRowTag] [varchar](30) NULL,
	[SampleFile] [varchar](max) NULL,
	[UsePhaseUM] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUT_UsePhaseUM] DEFAULT ('N'),
	[MatlImportOption] [varchar](1) NOT NULL CONSTRAINT [DF_bPMUT_MatlImportOption] DEFAULT ('N'),
	[DeptOvr] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUT_DeptOvr] DEFAULT ('N'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UsePhaseDesc] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUT_UsePhaseDesc] DEFAULT ('N'),
	[Copy] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPMUT_Copy] DEFAULT ('N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMUT] ADD CONSTRAINT [PK_bPMUT] PRIMARY KEY CLUSTERED ([Template] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMUT] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMUT] WITH CHECK ADD CONSTRAINT [FK_bPMUT_bPMUI] FOREIGN KEY([ImportRoutine]) REFERENCES [dbo].[bPMUI] ([ImportRoutine])
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUT].[Override]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPMUT].[Override]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUT].[AccumCosts]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPMUT].[AccumCosts]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUT].[ImportSICode]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPMUT].[ImportSICode]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUT].[DefaultContract]'
GO
EXEC sp_bindefault N'[dbo].[bdYes]', N'[dbo].[bPMUT].[DefaultContract]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUT].[DefaultFirm]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPMUT].[DefaultFirm]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUT].[COItem]'
GO
EXEC sp_bindefault N'[dbo].[bdNo]', N'[dbo].[bPMUT].[COItem]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUT].[CreateSubRecsYN]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUT].[FixedAmt]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUT].[DropMatlCode]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUT].[UseSICodeDesc]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUT].[RollupMatlCode]'
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPMUT].[UseItemQtyUM]'
GO
