CREATE VIEW [dbo].[PRSQ] AS select a.* from [dbo].[bPRSQ] a
where (suser_sname() = 'viewpointcs' or suser_sname() = 'VCSPortal' or exists(select top 1 1 from vDDDU c1 with (nolock) where a.PRCo=c1.Qualifier and a.Employee = c1.Employee and c1.Datatype ='bEmployee' and c1.VPUserName=suser_sname() ) )
GO
