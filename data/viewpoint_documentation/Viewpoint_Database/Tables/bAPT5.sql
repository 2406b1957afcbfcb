SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bAPT5](
	[APCo] [dbo].[bCompany] NOT NULL,
	[PeriodEndDate] [smalldatetime] NOT NULL,
	[VendorGroup] [tinyint] NOT NULL,
	[Vendor] [int] NOT NULL,
	[OrigReportDate] [smalldatetime] NULL,
	[OrigAmount] [money] NULL,
	[ReportDate] [smalldatetime] NULL,
	[Amount] [money] NULL,
	[Type] [char](1) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[RefilingYN] [char](1) NOT NULL CONSTRAINT [DF_bAPT5_RefilingYN] DEFAULT ('N')
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bAPT5] ADD CONSTRAINT [PK_bAPT5] PRIMARY KEY CLUSTERED ([APCo] ASC, [PeriodEndDate] ASC, [VendorGroup] ASC, [Vendor] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bAPT5] ([KeyID] ASC)
GO
CREATE NONCLUSTERED INDEX [IX_bAPT5] ON [dbo].[bAPT5] ([PeriodEndDate] ASC)
GO
