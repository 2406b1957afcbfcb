SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRFI](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[TaxDedn] [dbo].[bEDLCode] NOT NULL,
	[FUTALiab] [dbo].[bEDLCode] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[MiscFedDL1] [dbo].[bEDLCode] NULL,
	[MiscFedDL2] [dbo].[bEDLCode] NULL,
	[MiscFedDL3] [dbo].[bEDLCode] NULL,
	[MiscFedDL4] [dbo].[bEDLCode] NULL,
	[MiscFedDL5] [dbo].[bEDLCode] NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [IX_bPRFI_PRCo] ON [dbo].[bPRFI] ([PRCo] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [IX_bPRFI_KeyID] ON [dbo].[bPRFI] ([KeyID] ASC)
GO
