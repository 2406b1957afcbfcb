SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRW2MiscHeader](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[State] [varchar](4) NOT NULL,
	[LineNumber] [int] NOT NULL,
	[Description] [dbo].[bItemDesc] NULL,
	[EDLType] [char](1) NULL,
	[EDLCode] [dbo].[bEDLCode] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPRW2MiscHeader] ADD CONSTRAINT [PK_vPRW2MiscHeader] PRIMARY KEY CLUSTERED ([PRCo] ASC, [TaxYear] ASC, [State] ASC, [LineNumber] ASC)
GO
