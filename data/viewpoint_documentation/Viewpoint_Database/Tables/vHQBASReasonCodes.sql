SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQBASReasonCodes](
	[ReasonCode] [tinyint] NOT NULL,
	[Reason] [varchar](60) NULL,
	[Notes] [varchar](max) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQBASReasonCodes] ADD CONSTRAINT [PK_vHQBASReasonCodes] PRIMARY KEY CLUSTERED ([ReasonCode] ASC)
GO
