-- Question: Show net activity by month for a GL account this year.
-- Tags: GL, by month, balances
DECLARE @GLCo bCompany = 1, @GLAcct bGLAcct = '4000-00-000';

SELECT b.Mth, b.Debits, b.Credits, b.NetActivity
FROM GLBL b
WHERE b.GLCo = @GLCo AND b.GLAcct = @GLAcct
  AND b.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
ORDER BY b.Mth;
