CREATE VIEW [dbo].[PRCC] AS select a.* from [dbo].[bPRCC] a
GO
