-- Question: What is the actual cost of a job by month this year?
-- Tags: JC, cost, by month
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT d.Mth, SUM(d.ActualCost) AS ActualCost
FROM JCCD d WITH (NOLOCK)
WHERE d.JCCo = @JCCo
  AND d.Job = @Job
  AND d.JCTransType NOT IN ('OE', 'CO', 'PF')  -- estimates and projections are not actual cost
  AND d.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY d.Mth
ORDER BY d.Mth;
