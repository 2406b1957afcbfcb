CREATE VIEW [dbo].[EMSH] AS select a.* from [dbo].[bEMSH] a
GO
