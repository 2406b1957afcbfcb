SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMOM](
	[PMCo] [dbo].[bCompany] NOT NULL,
	[Project] [dbo].[bJob] NOT NULL,
	[PCOType] [dbo].[bDocType] NULL,
	[PCO] [dbo].[bPCO] NULL,
	[PCOItem] [dbo].[bPCOItem] NULL,
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[CostType] [dbo].[bJCCType] NOT NULL,
	[IntMarkUp] [numeric](12, 6) NULL,
	[ConMarkUp] [numeric](12, 6) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMOM] ON [dbo].[bPMOM] ([PMCo] ASC, [Project] ASC, [PCOType] ASC, [PCO] ASC, [PCOItem] ASC, [PhaseGroup] ASC, [CostType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMOM] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMOM] WITH CHECK ADD CONSTRAINT [FK_bPMOM_bPMDT] FOREIGN KEY([PCOType]) REFERENCES [dbo].[bPMDT] ([DocType])
GO
