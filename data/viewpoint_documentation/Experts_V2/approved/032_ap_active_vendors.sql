-- Question: List the active vendors of a company's vendor group.
-- Tags: AP, HQ, vendors
DECLARE @APCo bCompany = 1;

SELECT v.Vendor, v.Name, v.City, v.State, v.Phone
FROM HQCO co
JOIN APVM v ON v.VendorGroup = co.VendorGroup
WHERE co.HQCo = @APCo AND v.ActiveYN = 'Y'
ORDER BY v.SortName;
