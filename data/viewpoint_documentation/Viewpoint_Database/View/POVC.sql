CREATE VIEW [dbo].[POVC] AS select a.* from [dbo].[bPOVC] a
GO
