CREATE VIEW [dbo].[CMTB] AS select a.* from [dbo].[bCMTB] a
GO
