SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMDH](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[DocType] [dbo].[bDocType] NULL,
	[Document] [dbo].[bDocument] NOT NULL,
	[Rev] [tinyint] NULL,
	[Seq] [int] NOT NULL,
	[ActionDateTime] [datetime] NOT NULL,
	[Action] [varchar](255) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[DocCategory] [varchar](10) NOT NULL,
	[FieldType] [varchar](1) NULL,
	[FieldName] [varchar](60) NULL,
	[OldValue] [varchar](255) NULL,
	[NewValue] [varchar](255) NULL,
	[UserName] [dbo].[bVPUserName] NULL,
	[AssignToDoc] [dbo].[bDocument] NULL,
	[Item] [int] NULL,
	[PCOItem] [varchar](10) NULL,
	[RFQPCO] [dbo].[bDocument] NULL,
	[ACOItem] [varchar](10) NULL,
	[DrawingRev] [varchar](10) NULL,
	[SLCo] [dbo].[bCompany] NULL,
	[SL] [varchar](30) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[SubCO] [smallint] NULL,
	[POCo] [dbo].[bCompany] NULL,
	[PO] [varchar](30) NULL,
	[POCONum] [smallint] NULL,
	[Contract] [dbo].[bContract] NULL,
	[ContractCO] [int] NULL,
	[SubmittalRegisterNumber] [varchar](20) NULL,
	[SubmittalRegisterRev] [varchar](20) NULL,
	[SubmittalRegisterSeq] [bigint] NULL,
	[SubmittalPackage] [varchar](20) NULL,
	[SubmittalPackageRev] [varchar](5) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMDH] ADD CONSTRAINT [PK_bPMDH] PRIMARY KEY CLUSTERED ([PMCo] ASC, [Project] ASC, [DocCategory] ASC, [Seq] ASC)
GO
