-- Question: Show the lines of an AR invoice.
-- Tags: AR, invoices
DECLARE @ARCo bCompany = 1, @Mth bMonth = '2024-05-01', @ARTrans bTrans = 77;

SELECT l.ARLine, l.Description, l.GLAcct, l.Amount, l.TaxAmount, l.Retainage
FROM ARTH t
JOIN ARTL l ON l.ARCo = t.ARCo AND l.Mth = t.Mth AND l.ARTrans = t.ARTrans
WHERE t.ARCo = @ARCo AND t.Mth = @Mth AND t.ARTrans = @ARTrans
ORDER BY l.ARLine;
