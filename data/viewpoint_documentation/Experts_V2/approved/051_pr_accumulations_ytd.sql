-- Question: What are an employee's year-to-date earnings, deductions and liabilities?
-- Tags: PR, employees, by month
DECLARE @PRCo bCompany = 1, @Employee bEmployee = 105;

SELECT a.EDLType, a.EDLCode, SUM(a.Hours) AS Hours, SUM(a.Amount) AS Amount
FROM PREA a
WHERE a.PRCo = @PRCo AND a.Employee = @Employee
  AND a.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY a.EDLType, a.EDLCode
ORDER BY a.EDLType, a.EDLCode;
