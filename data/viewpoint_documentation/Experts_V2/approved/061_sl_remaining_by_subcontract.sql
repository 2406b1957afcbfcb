-- Question: How much remains to be invoiced on each subcontract of a job?
-- Tags: SL, commitments
DECLARE @SLCo bCompany = 1, @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT s.SL, s.Description, SUM(i.CurCost) AS CurrentCost, SUM(i.InvCost) AS Invoiced, SUM(i.CurCost - i.InvCost) AS Remaining
FROM SLHD s
JOIN SLIT i ON i.SLCo = s.SLCo AND i.SL = s.SL
WHERE s.SLCo = @SLCo AND s.JCCo = @JCCo AND s.Job = @Job
GROUP BY s.SL, s.Description
ORDER BY Remaining DESC;
