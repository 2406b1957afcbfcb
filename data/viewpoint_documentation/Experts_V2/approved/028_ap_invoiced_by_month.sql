-- Question: Total AP invoice amount entered per month this year.
-- Tags: AP, by month, invoices
DECLARE @APCo bCompany = 1;

SELECT h.Mth, COUNT(*) AS Invoices, SUM(h.InvTotal) AS InvTotal
FROM APTH h
WHERE h.APCo = @APCo AND h.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY h.Mth
ORDER BY h.Mth;
