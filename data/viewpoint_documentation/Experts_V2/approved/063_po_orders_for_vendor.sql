-- Question: List the purchase orders of a vendor.
-- Tags: PO, vendors
DECLARE @POCo bCompany = 1, @Vendor bVendor = 1200;

SELECT p.PO, p.Description, p.OrderDate, LTRIM(RTRIM(p.Job)) AS Job, v.Name AS VendorName
FROM POHD p
JOIN APVM v ON v.VendorGroup = p.VendorGroup AND v.Vendor = p.Vendor
WHERE p.POCo = @POCo AND p.Vendor = @Vendor
ORDER BY p.OrderDate DESC;
