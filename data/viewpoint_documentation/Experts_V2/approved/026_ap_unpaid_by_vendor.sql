-- Question: How much does each vendor have open or on hold in AP?
-- Tags: AP, vendors, payables
DECLARE @APCo bCompany = 1;

SELECT v.Vendor, v.Name, SUM(d.Amount) AS Unpaid
FROM APTH h
JOIN APTD d ON d.APCo = h.APCo AND d.Mth = h.Mth AND d.APTrans = h.APTrans
JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor
WHERE h.APCo = @APCo
  AND d.Status IN (1, 2)  -- 1 = Open, 2 = Hold
GROUP BY v.Vendor, v.Name
ORDER BY Unpaid DESC;
