-- Question: How many jobs are there in each job status?
-- Tags: JC, jobs
DECLARE @JCCo bCompany = 1;

SELECT j.JobStatus,
       CASE j.JobStatus WHEN 0 THEN 'Pending' WHEN 1 THEN 'Open' WHEN 2 THEN 'Soft close' WHEN 3 THEN 'Hard close' END AS StatusName,
       COUNT(*) AS Jobs
FROM JCJM j
WHERE j.JCCo = @JCCo
GROUP BY j.JobStatus
ORDER BY j.JobStatus;
