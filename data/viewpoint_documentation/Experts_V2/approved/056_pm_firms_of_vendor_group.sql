-- Question: List the PM firms of a company's vendor group with their linked AP vendor.
-- Tags: PM, HQ, firms
DECLARE @PMCo bCompany = 1;

SELECT f.FirmNumber, f.FirmName, f.FirmType, f.Vendor
FROM HQCO co
JOIN PMFM f ON f.VendorGroup = co.VendorGroup
WHERE co.HQCo = @PMCo
ORDER BY f.SortName;
