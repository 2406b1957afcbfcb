SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bARRT](
	[ARCo] [dbo].[bCompany] NOT NULL,
	[RecType] [tinyint] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[Abbrev] [char](5) NULL,
	[GLCo] [dbo].[bCompany] NOT NULL,
	[GLARAcct] [dbo].[bGLAcct] NOT NULL,
	[GLRevAcct] [dbo].[bGLAcct] NULL,
	[GLRetainAcct] [dbo].[bGLAcct] NULL,
	[GLDiscountAcct] [dbo].[bGLAcct] NULL,
	[GLWriteOffAcct] [dbo].[bGLAcct] NULL,
	[GLFinChgAcct] [dbo].[bGLAcct] NULL,
	[GLFCWriteOffAcct] [dbo].[bGLAcct] NULL,
	[GLARFCRecvAcct] [dbo].[bGLAcct] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biARRT] ON [dbo].[bARRT] ([ARCo] ASC, [RecType] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bARRT] ([KeyID] ASC)
GO
