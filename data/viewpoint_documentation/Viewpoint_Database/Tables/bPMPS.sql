SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[bPMPS](
	[PhaseGroup] [dbo].[bGroup] NOT NULL,
	[Phase] [dbo].[bPhase] NOT NULL,
	[SubmittalType] [dbo].[bDocType] NOT NULL,
	[Seq] [tinyint] NOT NULL,
	[Description] [varchar](60) NULL,
	[UniqueAttchID] [uniqueidentifier] NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL
) ON [PRIMARY]
GO
CREATE UNIQUE CLUSTERED INDEX [biPMPS] ON [dbo].[bPMPS] ([PhaseGroup] ASC, [Phase] ASC, [SubmittalType] ASC, [Seq] ASC)
GO
CREATE UNIQUE NONCLUSTERED INDEX [biKeyID] ON [dbo].[bPMPS] ([KeyID] ASC)
GO
ALTER TABLE [dbo].[bPMPS] WITH CHECK ADD CONSTRAINT [FK_bPMPS_bJCPM] FOREIGN KEY([PhaseGroup], [Phase]) REFERENCES [dbo].[bJCPM] ([PhaseGroup], [Phase])
GO
