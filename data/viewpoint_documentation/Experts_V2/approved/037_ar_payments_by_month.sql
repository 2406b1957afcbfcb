-- Question: How much did customers pay us each month this year?
-- Tags: AR, payments, by month
DECLARE @ARCo bCompany = 1;

SELECT t.Mth, SUM(t.Paid) AS Paid
FROM ARTH t
WHERE t.ARCo = @ARCo AND t.ARTransType = 'P'  -- P = Payment
  AND t.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY t.Mth
ORDER BY t.Mth;
