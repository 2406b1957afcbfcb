-- Question: List the subcontracts on a job with the subcontractor's name.
-- Tags: SL, JC, vendors
DECLARE @SLCo bCompany = 1, @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT s.SL, s.Description, v.Name AS Subcontractor, s.OrigDate
FROM SLHD s
JOIN APVM v ON v.VendorGroup = s.VendorGroup AND v.Vendor = s.Vendor
WHERE s.SLCo = @SLCo AND s.JCCo = @JCCo AND s.Job = @Job
ORDER BY s.SL;
