-- Question: Which jobs are projected to finish over their current estimate?
-- Tags: JC, projections
DECLARE @JCCo bCompany = 1;

WITH totals AS (
    SELECT cp.Job, SUM(cp.CurrEstCost) AS CurrEstCost, SUM(cp.ProjCost) AS ProjCost
    FROM JCCP cp
    WHERE cp.JCCo = @JCCo
    GROUP BY cp.Job
)
SELECT LTRIM(RTRIM(t.Job)) AS Job, t.CurrEstCost, t.ProjCost, t.ProjCost - t.CurrEstCost AS OverEstimate
FROM totals t
WHERE t.ProjCost > t.CurrEstCost
ORDER BY OverEstimate DESC;
