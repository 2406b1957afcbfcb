-- Question: List the pay sequences of a pay period with earnings and deductions per employee.
-- Tags: PR, payroll
DECLARE @PRCo bCompany = 1, @PRGroup bGroup = 1, @PREndDate bDate = '2024-05-05';

SELECT s.Employee, e.LastName, e.FirstName, s.PaySeq, s.Hours, s.Earnings, s.Dedns, s.Earnings - s.Dedns AS NetPay
FROM PRSQ s
JOIN PREH e ON e.PRCo = s.PRCo AND e.Employee = s.Employee
WHERE s.PRCo = @PRCo AND s.PRGroup = @PRGroup AND s.PREndDate = @PREndDate
ORDER BY e.SortName, s.PaySeq;
