CREATE VIEW [dbo].[APVM] AS select a.* from [dbo].[bAPVM] a
GO
