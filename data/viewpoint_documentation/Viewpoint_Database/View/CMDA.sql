CREATE VIEW [dbo].[CMDA] AS select a.* from [dbo].[bCMDA] a
GO
