CREATE VIEW [dbo].[APCO] AS select a.* from [dbo].[bAPCO] a
GO
