CREATE VIEW [dbo].[PRCO] AS select a.* from [dbo].[bPRCO] a
GO
