-- Question: Show a vendor's open AP invoices.
-- Tags: AP, vendors, invoices
DECLARE @APCo bCompany = 1, @Vendor bVendor = 1200;

SELECT h.Mth, h.APTrans, h.APRef, h.InvDate, h.DueDate, h.InvTotal, v.Name AS VendorName
FROM APTH h
JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor
WHERE h.APCo = @APCo AND h.Vendor = @Vendor AND h.OpenYN = 'Y'
ORDER BY h.DueDate;
