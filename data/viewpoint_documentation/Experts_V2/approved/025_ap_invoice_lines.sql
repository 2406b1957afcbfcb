-- Question: List the lines of an AP invoice.
-- Tags: AP, invoices
DECLARE @APCo bCompany = 1, @Mth bMonth = '2024-05-01', @APTrans bTrans = 345;

SELECT l.APLine, l.LineType, l.Description, LTRIM(RTRIM(l.Job)) AS Job, l.GLAcct, l.GrossAmt, l.TaxAmt, l.Retainage
FROM APTH h
JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans
WHERE h.APCo = @APCo AND h.Mth = @Mth AND h.APTrans = @APTrans
ORDER BY l.APLine;
