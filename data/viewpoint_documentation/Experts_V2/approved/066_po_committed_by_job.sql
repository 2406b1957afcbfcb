-- Question: What is the remaining committed purchase order cost per job?
-- Tags: PO, JC, commitments
DECLARE @POCo bCompany = 1;

SELECT LTRIM(RTRIM(i.Job)) AS Job, SUM(i.RemCost) AS RemainingCommitted
FROM POIT i
WHERE i.POCo = @POCo AND i.Job IS NOT NULL
GROUP BY i.Job
HAVING SUM(i.RemCost) > 0
ORDER BY RemainingCommitted DESC;
