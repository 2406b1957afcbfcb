SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployerETP](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[BranchNbr] [int] NULL,
	[SignatureOfAuthPerson] [varchar](35) NULL,
	[Date] [dbo].[bDate] NULL,
	[LockETPAmounts] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRAUEmployerETP_LockETPAmounts] DEFAULT ('N'),
	[Notes] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployerETP] ADD CONSTRAINT [PK_bPRAUEmployerETP] PRIMARY KEY CLUSTERED ([PRCo] ASC, [TaxYear] ASC)
GO
