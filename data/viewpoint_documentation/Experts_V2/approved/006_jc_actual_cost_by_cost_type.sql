-- Question: Break down a job's actual cost by cost type with the cost type description.
-- Tags: JC, cost
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT d.CostType, ct.Description AS CostTypeDescription, SUM(d.ActualCost) AS ActualCost, SUM(d.ActualHours) AS ActualHours
FROM JCCD d
JOIN JCCT ct ON ct.PhaseGroup = d.PhaseGroup AND ct.CostType = d.CostType
WHERE d.JCCo = @JCCo AND d.Job = @Job
  AND d.JCTransType NOT IN ('OE', 'CO', 'PF')
GROUP BY d.CostType, ct.Description
ORDER BY d.CostType;
