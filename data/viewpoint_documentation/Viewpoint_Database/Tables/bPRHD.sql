SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRHD](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[PRGroup] [dbo].[bGroup] NOT NULL,
	[PREndDate] [dbo].[bDate] NOT NULL,
	[Holiday] [dbo].[bDate] NOT NULL,
	[ApplyToCraft] [dbo].[bYN] NOT NULL CONSTRAINT [DF_bPRHD_ApplyToCraft] DEFAULT ('Y'),
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRHD] ON [dbo].[bPRHD] ([PRCo] ASC, [PRGroup] ASC, [PREndDate] ASC, [Holiday] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRHD] ([KeyID] ASC)
GO
EXEC sp_bindrule N'[dbo].[brYesNo]', N'[dbo].[bPRHD].[ApplyToCraft]'
GO
