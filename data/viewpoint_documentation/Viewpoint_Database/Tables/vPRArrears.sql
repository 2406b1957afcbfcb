SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[vPRArrears](
	[PRCo] [dbo].[bCompany] NOT NULL,
	[Employee] [dbo].[bEmployee] NOT NULL,
	[DLCode] [dbo].[bEDLCode] NOT NULL,
	[Seq] [smallint] NOT NULL,
	[Date] [dbo].[bDate] NOT NULL CONSTRAINT [DF_vPRArrears_Date] DEFAULT (getdate()),
	[ArrearsAmt] [dbo].[bDollar] NULL,
	[PaybackAmt] [dbo].[bDollar] NULL,
	[PRGroup] [dbo].[bGroup] NULL,
	[PREndDate] [dbo].[bDate] NULL,
	[PaySeq] [tinyint] NULL,
	[EDLType] [char](1) NOT NULL CONSTRAINT [DF_vPRArrears_EDLType] DEFAULT ('D'),
	[PurgeYN] [dbo].[bYN] NOT NULL CONSTRAINT [DF_vPRArrears_PurgeYN] DEFAULT ('N'),
	[Memo] [varchar](max) NULL,
	[KeyID] [bigint] IDENTITY(1,1) NOT NULL,
	[UniqueAttchID] [uniqueidentifier] NULL
) ON [PRIMARY]
GO
ALTER TABLE [dbo].[vPRArrears] ADD CONSTRAINT [PK_vPRArrears_PRCo_Employee_DLCode_Seq] PRIMARY KEY CLUSTERED ([PRCo] ASC, [Employee] ASC, [DLCode] ASC, [Seq] ASC)
GO
