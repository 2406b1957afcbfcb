-- Question: Produce a trial balance of debits and credits by account for the year to date.
-- Tags: GL, balances
DECLARE @GLCo bCompany = 1, @FromMth bMonth = DATEFROMPARTS(YEAR(GETDATE()), 1, 1);

SELECT a.GLAcct, a.Description, a.AcctType, SUM(b.Debits) AS Debits, SUM(b.Credits) AS Credits, SUM(b.NetActivity) AS Net
FROM GLAC a
JOIN GLBL b ON b.GLCo = a.GLCo AND b.GLAcct = a.GLAcct
WHERE a.GLCo = @GLCo AND b.Mth >= @FromMth
GROUP BY a.GLAcct, a.Description, a.AcctType
ORDER BY a.GLAcct;
