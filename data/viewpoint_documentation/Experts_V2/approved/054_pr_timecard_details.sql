-- Question: Show the timecard lines of an employee's pay sequence.
-- Tags: PR, timecards
DECLARE @PRCo bCompany = 1, @PRGroup bGroup = 1, @PREndDate bDate = '2024-05-05', @Employee bEmployee = 105, @PaySeq tinyint = 1;

SELECT t.PostSeq, t.PostDate, LTRIM(RTRIM(t.Job)) AS Job, t.Phase, t.EarnCode, t.Hours, t.Rate, t.Amt
FROM PRSQ s
JOIN PRTH t ON t.PRCo = s.PRCo AND t.PRGroup = s.PRGroup AND t.PREndDate = s.PREndDate
           AND t.Employee = s.Employee AND t.PaySeq = s.PaySeq
WHERE s.PRCo = @PRCo AND s.PRGroup = @PRGroup AND s.PREndDate = @PREndDate
  AND s.Employee = @Employee AND s.PaySeq = @PaySeq
ORDER BY t.PostSeq;
