SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRWS](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[State] [varchar](4) NOT NULL,
	[TaxID] [varchar](20) NULL,
	[TaxEntity] [char](10) NULL,
	[Wages] [dbo].[bDollar] NOT NULL,
	[Tax] [dbo].[bDollar] NOT NULL,
	[OtherStateData] [varchar](10) NULL,
	[TaxType] [char](1) NOT NULL,
	[StateControl] [varchar](7) NULL,
	[OptionCode1] [varchar](75) NULL,
	[OptionCode2] [varchar](75) NULL,
	[Misc1Amt] [dbo].[bDollar] NOT NULL,
	[Misc2Amt] [dbo].[bDollar] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Misc3Amt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWS_Misc3Amt] DEFAULT ((0)),
	[Misc4Amt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bPRWS_Misc4Amt] DEFAULT ((0)),
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRWS] ([KeyID] ASC)
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRWS].[Misc1Amt]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bPRWS].[Misc2Amt]'
GO
