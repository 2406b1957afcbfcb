CREATE VIEW [dbo].[HQPM] AS select a.* from [dbo].[bHQPM] a
GO
