-- Question: List the approved change orders of a job with their total contract amount.
-- Tags: JC, change orders
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT h.ACO, h.Description, h.ApprovalDate, SUM(i.ContractAmt) AS ContractAmt
FROM JCOH h
JOIN JCOI i ON i.JCCo = h.JCCo AND i.Job = h.Job AND i.ACO = h.ACO
WHERE h.JCCo = @JCCo AND h.Job = @Job
GROUP BY h.ACO, h.Description, h.ApprovalDate
ORDER BY h.ACO;
