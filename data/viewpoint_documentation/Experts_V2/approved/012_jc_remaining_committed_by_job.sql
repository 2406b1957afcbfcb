-- Question: What is the remaining committed cost on each open job?
-- Tags: JC, commitments
DECLARE @JCCo bCompany = 1;

SELECT LTRIM(RTRIM(j.Job)) AS Job, j.Description, SUM(cp.RemainCmtdCost) AS RemainingCommitted
FROM JCJM j
JOIN JCCP cp ON cp.JCCo = j.JCCo AND cp.Job = j.Job
WHERE j.JCCo = @JCCo AND j.JobStatus = 1
GROUP BY j.Job, j.Description
HAVING SUM(cp.RemainCmtdCost) <> 0
ORDER BY RemainingCommitted DESC;
