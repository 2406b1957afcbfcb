SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bHQDXPREH](
	[ErrorID] [int] IDENTITY(1,1) NOT NULL,
	[Co] [dbo].[bCompany] NULL,
	[Employee] [dbo].[bEmployee] NULL,
	[TriggerName] [varchar](10) NULL,
	[ErrorDate] [dbo].[bDate] NULL,
	[ErrorMessage] [varchar](255) NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [bHQDXPREH] ON [dbo].[bHQDXPREH] ([ErrorID] ASC)
GO
