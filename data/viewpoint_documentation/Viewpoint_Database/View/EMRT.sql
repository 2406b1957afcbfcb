CREATE VIEW [dbo].[EMRT] AS select a.* from [dbo].[bEMRT] a
GO
