SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMHI](
	[KeyId] [bigint] IDENTITY(1,1) NOT NULL,
	[SourceTableName] [varchar](50) NOT NULL,
	[SourceKeyId] [bigint] NOT NULL,
	[CreatedDateTime] [smalldatetime] NOT NULL CONSTRAINT [DF_bPMHI_CreatedDateTime] DEFAULT (getdate()),
	[CreatedBy] [dbo].[bVPUserName] NOT NULL,
	[VendorGroup] [dbo].[bGroup] NULL,
	[SentToFirm] [dbo].[bFirm] NULL,
	[SentToContact] [dbo].[bEmployee] NULL,
	[EMail] [varchar](100) NULL,
	[Fax] [dbo].[bPhone] NULL,
	[FaxAddress] [varchar](100) NULL,
	[Subject] [varchar](500) NULL,
	[CCAddresses] [varchar](max) NULL,
	[bCCAddresses] [varchar](max) NULL,
	[Printed] [dbo].[bYN] NULL CONSTRAINT [DF_bPMHI_Printed] DEFAULT ('N'),
	[Emailed] [dbo].[bYN] NULL CONSTRAINT [DF_bPMHI_Emailed] DEFAULT ('N'),
	[Faxed] [dbo].[bYN] NULL CONSTRAINT [DF_bPMHI_Faxed] DEFAULT ('N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bPMHI] ADD CONSTRAINT [PK_bPMHI] PRIMARY KEY CLUSTERED ([KeyId] ASC)
GO
