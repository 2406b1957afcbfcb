SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQPO](
	[Country] [char](2) NOT NULL,
	[State] [varchar](4) NOT NULL,
	[PriceIndex] [varchar](20) NOT NULL,
	[Description] [varchar](120) NULL,
	[Factor] [dbo].[bRate] NOT NULL CONSTRAINT [DF_bHQPO_Factor] DEFAULT ((0)),
	[MinDays] [int] NOT NULL CONSTRAINT [DF_bHQPO_MinDays] DEFAULT ((0)),
	[MinAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bHQPO_MinAmt] DEFAULT ((0)),
	[Notes] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bHQPO] ADD CONSTRAINT [PK_bHQPO] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biHQPO] ON [dbo].[bHQPO] ([Country] ASC, [State] ASC, [PriceIndex] ASC)
GO
