SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPRSD](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[State] [varchar](4) NOT NULL,
	[DLCode] [dbo].[bEDLCode] NOT NULL,
	[BasedOn] [char](1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPRSD] ON [dbo].[bPRSD] ([PRCo] ASC, [State] ASC, [DLCode] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPRSD] ([KeyID] ASC)
GO
