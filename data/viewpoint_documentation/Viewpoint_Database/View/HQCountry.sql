CREATE VIEW [dbo].[HQCountry] AS select a.* from [dbo].[bHQCountry] a
GO
