SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMOP](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[PCOType] [dbo].[bDocType] NOT NULL,
	[PCO] [dbo].[bPCO] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[Issue] [dbo].[bIssue] NULL,
	[Contract] [dbo].[bContract] NULL,
	[PendingStatus] [tinyint] NOT NULL,
	[Date1] [dbo].[bDate] NULL,
	[Date2] [dbo].[bDate] NULL,
	[Date3] [dbo].[bDate] NULL,
	[ApprovalDate] [dbo].[bDate] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[IntExt] [char](1) NOT NULL CONSTRAINT [DF_bPMOP_IntExt] DEFAULT ('E'),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[ROMAmount] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPMOP_ROMAmount] DEFAULT ((0)),
	[Details] [varchar](max) NULL,
	[Reference] [varchar](30) NULL,
	[InitiatedBy] [char](1) NULL,
	[Priority] [tinyint] NOT NULL CONSTRAINT [DF_bPMOP_Priority] DEFAULT ((3)),
	[ReasonCode] [dbo].[bReasonCode] NULL,
	[BudgetType] [char](1) NOT NULL CONSTRAINT [DF_bPMOP_BudgetType] DEFAULT ('N'),
	[SubType] [char](1) NOT NULL CONSTRAINT [DF_bPMOP_SubType] DEFAULT ('N'),
	[ContractType] [char](1) NOT NULL CONSTRAINT [DF_bPMOP_ContractType] DEFAULT ('N'),
	[Status] [dbo].[bStatus] NULL,
	[POType] [char](1) NOT NULL CONSTRAINT [DF_bPMOP_POType] DEFAULT ('N'),
	[ResponsiblePerson] [dbo].[bEmployee] NULL,
	[DateCreated] [dbo].[bDate] NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[ResponsibleFirm] [dbo].[bFirm] NULL,
	[PricingMethod] [char](1) NOT NULL CONSTRAINT [DF_bPMOP_PricingMethod] DEFAULT ('U'),
	CONSTRAINT [CK_bPMOP_Contract] CHECK ([Contract] IS NOT NULL),
	CONSTRAINT [CK_bPMOP_Priority] CHECK ([Priority]=(4) OR [Priority]=(3) OR [Priority]=(2) OR [Priority]=(1)),
	CONSTRAINT [CK_bPMOP_BudgetType] CHECK ([BudgetType]='N' OR [BudgetType]='Y'),
	CONSTRAINT [CK_bPMOP_SubType] CHECK ([SubType]='N' OR [SubType]='Y'),
	CONSTRAINT [CK_bPMOP_ContractType] CHECK ([ContractType]='N' OR [ContractType]='Y'),
	CONSTRAINT [CK_bPMOP_POType] CHECK ([POType]='N' OR [POType]='Y'),
	CONSTRAINT [CK_bPMOP_PricingMethod] CHECK ([PricingMethod]='L' OR [PricingMethod]='U')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMOP] ADD CONSTRAINT [PK_bPMOP] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biPMOP] ON [dbo].[bPMOP] ([PMCo] ASC, [Project] ASC, [PCOType] ASC, [PCO] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMOP] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMOP] WITH CHECK ADD CONSTRAINT [FK_bPMOP_bHQRC] FOREIGN KEY([ReasonCode]) REFERENCES [dbo].[bHQRC] ([ReasonCode])
GO
ALTER TABLE [dbo].[bPMOP] WITH CHECK ADD CONSTRAINT [FK_bPMOP_bJCJM] FOREIGN KEY([PMCo], [Project]) REFERENCES [dbo].[bJCJM] ([JCCo], [Job])
GO
ALTER TABLE [dbo].[bPMOP] WITH CHECK ADD CONSTRAINT [FK_bPMOP_bJCCM] FOREIGN KEY([PMCo], [Contract]) REFERENCES [dbo].[bJCCM] ([JCCo], [Contract])
GO
ALTER TABLE [dbo].[bPMOP] WITH CHECK ADD CONSTRAINT [FK_bPMOP_bPMDT] FOREIGN KEY([PCOType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
ALTER TABLE [dbo].[bPMOP] WITH CHECK ADD CONSTRAINT [FK_bPMOP_bPMSC] FOREIGN KEY([Status]) REFERENCES [dbo].[bPMSC] ([Status])
GO
