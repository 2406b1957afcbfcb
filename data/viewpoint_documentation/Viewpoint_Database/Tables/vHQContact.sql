SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQContact](
	[HQContactID] [bigint] IDENTITY(1,1) NOT NULL,
	[ContactGroup] [dbo].[bGroup] NOT NULL,
	[ContactSeq] [int] NOT NULL,
	[FirstName] [varchar](30) NULL,
	[MiddleInitial] [char](1) NULL,
	[LastName] [varchar](30) NULL,
	[CourtesyTitle] [varchar](10) NULL,
	[Title] [varchar](30) NULL,
	[Organization] [varchar](30) NULL,
	[Phone] [dbo].[bPhone] NULL,
	[PhoneExtension] [varchar](5) NULL,
	[Cell] [dbo].[bPhone] NULL,
	[Fax] [dbo].[bPhone] NULL,
	[Email] [varchar](60) NULL,
	[Address] [varchar](60) NULL,
	[AddressAdditional] [varchar](60) NULL,
	[City] [varchar](30) NULL,
	[State] [varchar](4) NULL,
	[Country] [varchar](2) NULL,
	[Zip] [dbo].[bZip] NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQContact] ADD CONSTRAINT [PK_vHQContact] PRIMARY KEY CLUSTERED ([HQContactID] ASC)
GO
