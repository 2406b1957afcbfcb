-- Question: What was paid to vendors in a given month?
-- Tags: AP, payments, by month
DECLARE @APCo bCompany = 1, @PaidMth bMonth = '2024-05-01';

SELECT h.Vendor, SUM(d.Amount) AS Paid, SUM(d.DiscTaken) AS DiscountTaken
FROM APTD d
JOIN APTH h ON h.APCo = d.APCo AND h.Mth = d.Mth AND h.APTrans = d.APTrans
WHERE d.APCo = @APCo AND d.Status = 3 AND d.PaidMth = @PaidMth
GROUP BY h.Vendor
ORDER BY Paid DESC;
