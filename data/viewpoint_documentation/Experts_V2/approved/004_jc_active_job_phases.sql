-- Question: List the active phases of a job with the phase master description.
-- Tags: JC, phases
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT LTRIM(RTRIM(p.Phase)) AS Phase, p.Description AS JobPhaseDescription, pm.Description AS MasterDescription
FROM JCJP p
JOIN JCPM pm ON pm.PhaseGroup = p.PhaseGroup AND pm.Phase = p.Phase
WHERE p.JCCo = @JCCo AND p.Job = @Job AND p.ActiveYN = 'Y'
ORDER BY p.Phase;
