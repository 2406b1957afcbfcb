CREATE VIEW [dbo].[INLG] AS select a.* from [dbo].[bINLG] a
GO
