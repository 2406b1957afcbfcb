CREATE VIEW [dbo].[PRMyTimesheetDetail] AS select a.* from [dbo].[bPRMyTimesheetDetail] a
GO
