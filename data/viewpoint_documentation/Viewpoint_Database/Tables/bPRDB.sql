SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRDB](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[DLCode] [dbo].[bEDLCode] NOT NULL,
	[EDLCode] [dbo].[bEDLCode] NOT NULL,
	[SubjectOnly] [dbo].[bYN] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[EDLType] [char](1) NOT NULL CONSTRAINT [DF_bPRDB_EDLType] DEFAULT ('E')
) ON [PRIMARY]
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRDB] ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [IX_bPRDB_EDL] ON [dbo].[bPRDB] ([PRCo] ASC, [DLCode] ASC, [EDLType] ASC, [EDLCode] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRDB].[SubjectOnly]'
GO
