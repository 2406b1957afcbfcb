CREATE VIEW [dbo].[INPB] AS select a.* from [dbo].[bINPB] a
GO
