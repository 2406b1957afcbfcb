CREATE VIEW [dbo].[EMED] AS select a.* from [dbo].[bEMED] a
GO
