-- Question: What is the net activity on income accounts by month?
-- Tags: GL, by month
DECLARE @GLCo bCompany = 1;

SELECT b.Mth, SUM(b.NetActivity) AS NetIncomeActivity
FROM GLBL b
JOIN GLAC a ON a.GLCo = b.GLCo AND a.GLAcct = b.GLAcct
WHERE b.GLCo = @GLCo AND a.AcctType = 'I'
GROUP BY b.Mth
ORDER BY b.Mth;
