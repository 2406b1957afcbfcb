-- Question: Which vendors charged cost to a job through AP, and how much?
-- Tags: JC, AP, vendors, cost
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT v.Vendor, v.Name, SUM(d.ActualCost) AS ActualCost
FROM JCCD d
JOIN APVM v ON v.VendorGroup = d.VendorGroup AND v.Vendor = d.Vendor
WHERE d.JCCo = @JCCo AND d.Job = @Job AND d.JCTransType = 'AP'
GROUP BY v.Vendor, v.Name
ORDER BY ActualCost DESC;
