-- Question: How many actual hours did each employee post to a job?
-- Tags: JC, PR, employees
DECLARE @JCCo bCompany = 1, @PRCo bCompany = 1, @Job bJob = ' 22896-';

SELECT e.Employee, e.LastName, e.FirstName, SUM(d.ActualHours) AS Hours
FROM JCCD d
JOIN PREH e ON e.PRCo = d.PRCo AND e.Employee = d.Employee
WHERE d.JCCo = @JCCo AND d.Job = @Job AND d.JCTransType = 'PR' AND e.PRCo = @PRCo
GROUP BY e.Employee, e.LastName, e.FirstName
ORDER BY Hours DESC;
