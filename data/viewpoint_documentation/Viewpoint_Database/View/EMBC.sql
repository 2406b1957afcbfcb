CREATE VIEW [dbo].[EMBC] AS select a.* from [dbo].[bEMBC] a
GO
