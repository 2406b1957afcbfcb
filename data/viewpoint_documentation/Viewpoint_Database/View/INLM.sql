CREATE VIEW [dbo].[INLM] AS select a.* from [dbo].[bINLM] a
GO
