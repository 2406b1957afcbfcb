-- Question: List the active employees with their craft and class.
-- Tags: PR, employees
DECLARE @PRCo bCompany = 1;

SELECT e.Employee, e.LastName, e.FirstName, e.Craft, e.Class, e.HireDate
FROM PREH e
WHERE e.PRCo = @PRCo AND e.ActiveYN = 'Y'
ORDER BY e.SortName;
