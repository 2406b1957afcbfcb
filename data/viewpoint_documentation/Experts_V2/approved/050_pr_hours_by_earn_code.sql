-- Question: Show each employee's hours by earnings code for a pay period.
-- Tags: PR, timecards
DECLARE @PRCo bCompany = 1, @PRGroup bGroup = 1, @PREndDate bDate = '2024-05-05';

SELECT t.Employee, e.LastName, e.FirstName, t.EarnCode, SUM(t.Hours) AS Hours
FROM PRTH t
JOIN PREH e ON e.PRCo = t.PRCo AND e.Employee = t.Employee
WHERE t.PRCo = @PRCo AND t.PRGroup = @PRGroup AND t.PREndDate = @PREndDate
GROUP BY t.Employee, e.LastName, e.FirstName, t.EarnCode
ORDER BY t.Employee, t.EarnCode;
