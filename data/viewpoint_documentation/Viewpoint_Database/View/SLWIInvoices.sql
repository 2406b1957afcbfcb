CREATE VIEW [dbo].[SLWIInvoices] AS select a.* from [dbo].[vSLWIInvoices] a
GO
