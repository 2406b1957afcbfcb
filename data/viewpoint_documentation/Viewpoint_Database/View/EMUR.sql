CREATE VIEW [dbo].[EMUR] AS select a.* from [dbo].[bEMUR] a
GO
