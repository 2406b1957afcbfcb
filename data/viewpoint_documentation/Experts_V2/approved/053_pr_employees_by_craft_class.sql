-- Question: Count active employees by craft and class with the class description.
-- Tags: PR, employees
DECLARE @PRCo bCompany = 1;

SELECT e.Craft, e.Class, cc.Description, COUNT(*) AS Employees
FROM PREH e
JOIN PRCC cc ON cc.PRCo = e.PRCo AND cc.Craft = e.Craft AND cc.Class = e.Class
WHERE e.PRCo = @PRCo AND e.ActiveYN = 'Y'
GROUP BY e.Craft, e.Class, cc.Description
ORDER BY e.Craft, e.Class;
