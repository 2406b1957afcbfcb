SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQCountry](
	[Country] [char](2) NOT NULL,
	[CountryName] [varchar](50) NULL,
	[Notes] [varchar](max) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [IX_bHQCountry_Country] ON [dbo].[bHQCountry] ([Country] ASC)
GO
