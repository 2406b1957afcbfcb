-- Question: Which AP invoice lines were charged to a job?
-- Tags: AP, JC, jobs
DECLARE @APCo bCompany = 1, @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT h.Mth, h.APTrans, h.APRef, h.Vendor, l.APLine, LTRIM(RTRIM(l.Phase)) AS Phase, l.JCCType, l.GrossAmt
FROM APTH h
JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans
WHERE h.APCo = @APCo AND l.JCCo = @JCCo AND l.Job = @Job
  AND l.LineType = 1  -- 1 = Job
ORDER BY h.Mth, h.APTrans, l.APLine;
