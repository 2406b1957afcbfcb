SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRGI](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[GarnGroup] [dbo].[bGroup] NOT NULL,
	[EDType] [char](1) NOT NULL,
	[EDCode] [dbo].[bEDLCode] NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRGI] ON [dbo].[bPRGI] ([PRCo] ASC, [GarnGroup] ASC, [EDType] ASC, [EDCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRGI] ([KeyID] ASC)
GO
