CREATE VIEW [dbo].[INXI] AS select a.* from [dbo].[bINXI] a
GO
