CREATE VIEW [dbo].[EMSD] AS select a.* from [dbo].[bEMSD] a
GO
