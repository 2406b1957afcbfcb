SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bGLPI](
	[GLCo] [dbo].[bCompany] NOT NULL,
	[PartNo] [tinyint] NOT NULL,
	[Instance] [char](20) NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[bGLPI] ADD CONSTRAINT [PK_bGLPI] PRIMARY KEY CLUSTERED ([KeyID] ASC)
GO
CREATE UNIQUE CLUSTERED INDEX [biGLPI] ON [dbo].[bGLPI] ([GLCo] ASC, [PartNo] ASC, [Instance] ASC)
GO
ALTER TABLE [dbo].[bGLPI] WITH CHECK ADD CONSTRAINT [FK_bGLPI_bGLPD_GLCoPartNo] FOREIGN KEY([GLCo], [PartNo]) REFERENCES [dbo].[bGLPD] ([GLCo], [PartNo])
GO
