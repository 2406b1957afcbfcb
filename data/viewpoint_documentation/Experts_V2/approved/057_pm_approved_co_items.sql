-- Question: Which change order items on a project are approved, and for how much?
-- Tags: PM, change orders
DECLARE @PMCo bCompany = 1, @Project bJob = ' 22896-';

SELECT i.PCOType, i.PCO, i.PCOItem, i.ACO, i.ACOItem, i.Description, i.ApprovedAmt, i.ApprovedDate
FROM PMOI i
WHERE i.PMCo = @PMCo AND i.Project = @Project AND i.Approved = 'Y'
ORDER BY i.ApprovedDate;
