SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bARBC](
	[ARCo] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[CMCo] [dbo].[bCompany] NOT NULL,
	[CMAcct] [dbo].[bCMAcct] NOT NULL,
	[CMDeposit] [dbo].[bCMRef] NOT NULL,
	[OldNew] [tinyint] NOT NULL,
	[ActualDate] [dbo].[bDate] NOT NULL,
	[Amount] [dbo].[bDollar] NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biARBC] ON [dbo].[bARBC] ([ARCo] ASC, [Mth] ASC, [BatchId] ASC, [CMCo] ASC, [CMAcct] ASC, [CMDeposit] ASC, [OldNew] ASC)
GO
EXEC sp_bindrule N'[dbo].[brCMAcct]', N'[dbo].[bARBC].[CMAcct]'
GO
EXEC sp_bindefault N'[dbo].[bdZero]', N'[dbo].[bARBC].[Amount]'
GO
