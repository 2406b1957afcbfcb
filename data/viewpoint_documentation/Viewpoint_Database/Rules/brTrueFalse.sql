CREATE RULE [dbo].[brTrueFalse] AS /* 0=false, 1=true */ @value in (null,0,1)
GO
