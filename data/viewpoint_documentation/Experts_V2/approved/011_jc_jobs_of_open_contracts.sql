-- Question: Which jobs belong to each open contract?
-- Tags: JC, jobs, contracts
DECLARE @JCCo bCompany = 1;

SELECT LTRIM(RTRIM(c.Contract)) AS Contract, LTRIM(RTRIM(j.Job)) AS Job, j.Description AS JobDescription, j.JobStatus
FROM JCCM c
JOIN JCJM j ON j.JCCo = c.JCCo AND j.Contract = c.Contract
WHERE c.JCCo = @JCCo AND c.ContractStatus = 1
ORDER BY c.Contract, j.Job;
