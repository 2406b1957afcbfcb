SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQPD](
	[Country] [char](2) NOT NULL,
	[State] [varchar](4) NOT NULL,
	[PriceIndex] [varchar](20) NOT NULL,
	[Seq] [bigint] NOT NULL,
	[FromDate] [dbo].[bDate] NOT NULL,
	[ToDate] [dbo].[bDate] NOT NULL,
	[EnglishPrice] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bHQPD_EnglishPrice] DEFAULT ((0)),
	[MetricPrice] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bHQPD_MetricPrice] DEFAULT ((0)),
	[Factor] [dbo].[bRate] NOT NULL CONSTRAINT [DF_bHQPD_Factor] DEFAULT ((0)),
	[MinDays] [int] NOT NULL CONSTRAINT [DF_bHQPD_MinDays] DEFAULT ((0)),
	[MinAmt] [dbo].[bDollar] NOT NULL CONSTRAINT [DF_bHQPD_MinAmt] DEFAULT ((0)),
	[Notes] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bHQPD] ADD CONSTRAINT [PK_bHQPD] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biHQPD] ON [dbo].[bHQPD] ([Country] ASC, [State] ASC, [PriceIndex] ASC, [Seq] ASC)
GO
CREATE NONCLUSTERED INDEX [biHQPDDates] ON [dbo].[bHQPD] ([State] ASC, [FromDate] ASC, [ToDate] ASC)
GO
