SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRW2MiscDetail](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[State] [varchar](4) NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[LineNumber] [int] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRW2MiscDetail_Amount] DEFAULT ((0)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPRW2MiscDetail] ADD CONSTRAINT [PK_vPRW2MiscDetail] PRIMARY KEY CLUSTERED ([PRCo] ASC, [TaxYear] ASC, [State] ASC, [Employee] ASC, [LineNumber] ASC)
GO
