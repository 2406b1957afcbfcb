SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRAUEmployerFBTItems](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxYear] [char](4) NOT NULL,
	[FBTType] [varchar](4) NOT NULL,
	[EDLType] [char](1) NOT NULL,
	[EDLCode] [dbo].[bEDLCode] NOT NULL,
	[Category] [char](1) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[Notes] [varchar](max) NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRAUEmployerFBTItems] ADD CONSTRAINT [PK_vPRAUEmployerFBTItems] PRIMARY KEY CLUSTERED ([PRCo] ASC, [TaxYear] ASC, [FBTType] ASC, [EDLType] ASC, [EDLCode] ASC)
GO
ALTER TABLE [dbo].[vPRAUEmployerFBTItems] WITH CHECK ADD CONSTRAINT [FK_vPRAUEmployerFBT_vPRAUEmployerFBTItems] FOREIGN KEY([PRCo], [TaxYear]) REFERENCES [dbo].[vPRAUEmployerFBT] ([PRCo], [TaxYear])
GO
