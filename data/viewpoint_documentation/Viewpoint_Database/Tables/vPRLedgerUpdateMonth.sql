SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRLedgerUpdateMonth](
	[PRLedgerUpdateMonthID] [bigint] IDENTITY(1,1) NOT NULL,
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[Posted] [bit] NOT NULL CONSTRAINT [DF_vPRLedgerUpdateMonth_Posted] DEFAULT ((0)),
	[DistributionXML] [xml] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRLedgerUpdateMonth] ADD CONSTRAINT [PK_vPRLedgerUpdateMonth] PRIMARY KEY CLUSTERED ([PRLedgerUpdateMonthID] ASC)
GO
