SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vHQBatchLine](
	[HQBatchLineID] [bigint] IDENTITY(1,1) NOT NULL,
	[Co] [dbo].[bCompany] NOT NULL,
	[Mth] [dbo].[bMonth] NOT NULL,
	[BatchId] [dbo].[bBatchID] NOT NULL,
	[Seq] [int] NULL,
	[Line] [smallint] NULL,
	[BatchTransType] [char](1) NOT NULL,
	[HQDetailID] [bigint] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vHQBatchLine] ADD CONSTRAINT [PK_vHQBatchLine] PRIMARY KEY CLUSTERED ([HQBatchLineID] ASC)
GO
ALTER TABLE [dbo].[vHQBatchLine] WITH CHECK ADD CONSTRAINT [FK_vHQBatchLine_vHQDetail] FOREIGN KEY([HQDetailID]) REFERENCES [dbo].[vHQDetail] ([HQDetailID])
GO
