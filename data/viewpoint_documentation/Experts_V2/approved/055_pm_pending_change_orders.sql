-- Question: List the pending change orders of a project with their pending amount.
-- Tags: PM, change orders
DECLARE @PMCo bCompany = 1, @Project bJob = ' 22896-';

SELECT o.PCOType, o.PCO, o.Description, SUM(i.PendingAmount) AS PendingAmount
FROM PMOP o
JOIN PMOI i ON i.PMCo = o.PMCo AND i.Project = o.Project AND i.PCOType = o.PCOType AND i.PCO = o.PCO
WHERE o.PMCo = @PMCo AND o.Project = @Project
GROUP BY o.PCOType, o.PCO, o.Description
ORDER BY o.PCOType, o.PCO;
