CREATE TYPE [dbo].[bReportTitle] FROM [char](40) NULL
GO
