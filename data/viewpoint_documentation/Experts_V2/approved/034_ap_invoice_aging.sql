-- Question: Age the open AP invoices into 30-day buckets by due date.
-- Tags: AP, aging
DECLARE @APCo bCompany = 1, @AsOf bDate = CAST(GETDATE() AS date);

WITH open_invoices AS (
    SELECT h.Vendor, h.InvTotal, DATEDIFF(day, h.DueDate, @AsOf) AS DaysPastDue
    FROM APTH h
    WHERE h.APCo = @APCo AND h.OpenYN = 'Y'
)
SELECT Vendor,
       SUM(CASE WHEN DaysPastDue <= 0 THEN InvTotal ELSE 0 END) AS NotDue,
       SUM(CASE WHEN DaysPastDue BETWEEN 1 AND 30 THEN InvTotal ELSE 0 END) AS Days1To30,
       SUM(CASE WHEN DaysPastDue BETWEEN 31 AND 60 THEN InvTotal ELSE 0 END) AS Days31To60,
       SUM(CASE WHEN DaysPastDue > 60 THEN InvTotal ELSE 0 END) AS Over60
FROM open_invoices
GROUP BY Vendor
ORDER BY Vendor;
