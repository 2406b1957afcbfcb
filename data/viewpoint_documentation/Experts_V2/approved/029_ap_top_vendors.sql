-- Question: Who are our top ten vendors by invoiced amount this year?
-- Tags: AP, vendors
DECLARE @APCo bCompany = 1;

SELECT TOP (10) v.Vendor, v.Name, SUM(h.InvTotal) AS Invoiced
FROM APTH h
JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor
WHERE h.APCo = @APCo AND h.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY v.Vendor, v.Name
ORDER BY Invoiced DESC;
