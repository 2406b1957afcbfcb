CREATE VIEW [dbo].[PRAU] AS select a.* from [dbo].[bPRAU] a
GO
