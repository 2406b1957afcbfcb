-- Question: List the active vendors of a company's vendor group.
-- Tags: AP, HQ, vendors
DECLARE @APCo bCompany = 1;

-- vendors are keyed by vendor group, which the company's HQCO row names
SELECT v.Vendor, v.Name, v.City, v.State, v.Phone
FROM APVM v
WHERE v.VendorGroup = (SELECT co.VendorGroup FROM HQCO co WHERE co.HQCo = @APCo)
  AND v.ActiveYN = 'Y'
ORDER BY v.SortName;
