SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQPM](
	[Country] [char](2) NOT NULL,
	[State] [varchar](4) NOT NULL,
	[PriceIndex] [varchar](20) NOT NULL,
	[MatlGroup] [dbo].[bGroup] NOT NULL,
	[FinishedMatl] [dbo].[bMatl] NOT NULL,
	[ComponentMatl] [dbo].[bMatl] NOT NULL,
	[Notes] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bHQPM] ADD CONSTRAINT [PK_bHQPM] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biHQPM] ON [dbo].[bHQPM] ([Country] ASC, [State] ASC, [PriceIndex] ASC, [MatlGroup] ASC, [FinishedMatl] ASC, [ComponentMatl] ASC)
GO
