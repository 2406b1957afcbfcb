SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRDeductionGroup](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[DednGroup] [tinyint] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[AnnualLimit] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRDeductionGroup_AnnualLimit] DEFAULT ((0)),
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPRDeductionGroup] ADD CONSTRAINT [PK_bPRDeductionGroup_PRCo_DednGroup] PRIMARY KEY CLUSTERED ([PRCo] ASC, [DednGroup] ASC)
GO
