-- Question: How many timecard hours were posted to each job for a pay period?
-- Tags: PR, JC, timecards
DECLARE @PRCo bCompany = 1, @PREndDate bDate = '2024-05-05';

SELECT LTRIM(RTRIM(t.Job)) AS Job, SUM(t.Hours) AS Hours, SUM(t.Amt) AS Earnings
FROM PRTH t
WHERE t.PRCo = @PRCo AND t.PREndDate = @PREndDate AND t.Job IS NOT NULL
GROUP BY t.Job
ORDER BY Hours DESC;
