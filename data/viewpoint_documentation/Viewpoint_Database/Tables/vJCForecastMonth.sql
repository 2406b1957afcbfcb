SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vJCForecastMonth](
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[JCCo] [dbo].[bCompany] NOT NULL,
	[Contract] [dbo].[bContract] NOT NULL,
	[ForecastMonth] [dbo].[bMonth] NOT NULL,
	[RevenuePct] [dbo].[bPct] NOT NULL CONSTRAINT [DF_vJCForecastMonth_RevenuePct] DEFAULT ((0)),
	[CostPct] [dbo].[bPct] NOT NULL CONSTRAINT [DF_vJCForecastMonth_CostPct] DEFAULT ((0)),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vJCForecastMonth] ADD CONSTRAINT [PK_vJCForecastMonth] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_vJCForecastMonth] ON [dbo].[vJCForecastMonth] ([JCCo] ASC, [Contract] ASC, [ForecastMonth] ASC)
GO
ALTER TABLE [dbo].[vJCForecastMonth] WITH CHECK ADD CONSTRAINT [FK_vJCForecastMonth_bJCCM] FOREIGN KEY([JCCo], [Contract]) REFERENCES [dbo].[bJCCM] ([JCCo], [Contract])
GO
