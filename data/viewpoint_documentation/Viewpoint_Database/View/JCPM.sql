CREATE VIEW [dbo].[JCPM] AS select a.* from [dbo].[bJCPM] a
GO
