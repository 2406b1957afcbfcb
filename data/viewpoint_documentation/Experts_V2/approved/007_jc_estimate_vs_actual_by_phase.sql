-- Question: Compare original estimate, current estimate and actual cost by phase for a job.
-- Tags: JC, cost, estimates
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT LTRIM(RTRIM(cp.Phase)) AS Phase,
       SUM(cp.OrigEstCost) AS OriginalEstimate,
       SUM(cp.CurrEstCost) AS CurrentEstimate,
       SUM(cp.ActualCost) AS ActualCost,
       SUM(cp.CurrEstCost) - SUM(cp.ActualCost) AS RemainingBudget
FROM JCCP cp
WHERE cp.JCCo = @JCCo AND cp.Job = @Job
GROUP BY cp.Phase
ORDER BY cp.Phase;
