SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQRV](
	[Reviewer] [varchar](3) NOT NULL,
	[Name] [varchar](30) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[RevEmail] [varchar](50) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biHQRV] ON [dbo].[bHQRV] ([Reviewer] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bHQRV] ([KeyID] ASC)
GO
