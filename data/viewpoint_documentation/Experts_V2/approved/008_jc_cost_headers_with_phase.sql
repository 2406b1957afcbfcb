-- Question: List the cost headers of a job with the phase description and original estimated cost.
-- Tags: JC, phases, estimates
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT LTRIM(RTRIM(h.Phase)) AS Phase, p.Description AS PhaseDescription, h.CostType, h.UM, h.OrigHours, h.OrigUnits, h.OrigCost
FROM JCJP p
JOIN JCCH h ON h.JCCo = p.JCCo AND h.Job = p.Job AND h.PhaseGroup = p.PhaseGroup AND h.Phase = p.Phase
WHERE p.JCCo = @JCCo AND p.Job = @Job
ORDER BY h.Phase, h.CostType;
