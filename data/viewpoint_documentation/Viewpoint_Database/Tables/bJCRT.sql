SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bJCRT](
	[JCCo] [dbo].[bCompany] NOT NULL,
	[RateTemplate] [smallint] NOT NULL,
	[Description] [dbo].[bDesc] NULL,
	[EffectiveDate] [dbo].[bDate] NOT NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biJCRT] ON [dbo].[bJCRT] ([JCCo] ASC, [RateTemplate] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bJCRT] ([KeyID] ASC)
GO
