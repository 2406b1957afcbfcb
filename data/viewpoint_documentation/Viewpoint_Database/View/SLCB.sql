CREATE VIEW [dbo].[SLCB] AS select a.* from [dbo].[bSLCB] a
GO
