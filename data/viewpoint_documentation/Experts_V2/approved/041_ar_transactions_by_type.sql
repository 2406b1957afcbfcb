-- Question: Count AR transactions by transaction type this year.
-- Tags: AR
DECLARE @ARCo bCompany = 1;

SELECT t.ARTransType,
       CASE t.ARTransType WHEN 'I' THEN 'Invoice' WHEN 'P' THEN 'Payment' WHEN 'C' THEN 'Credit memo'
            WHEN 'A' THEN 'Adjustment' WHEN 'W' THEN 'Write-off' WHEN 'F' THEN 'Finance charge'
            WHEN 'R' THEN 'Release retainage' WHEN 'M' THEN 'Misc receipt' WHEN 'V' THEN 'Void' END AS TypeName,
       COUNT(*) AS Transactions
FROM ARTH t
WHERE t.ARCo = @ARCo AND t.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY t.ARTransType
ORDER BY Transactions DESC;
