-- Question: Count a project's change orders by pricing method.
-- Tags: PM, change orders
DECLARE @PMCo bCompany = 1, @Project bJob = ' 22896-';

SELECT o.PricingMethod, CASE o.PricingMethod WHEN 'L' THEN 'Lump sum' WHEN 'U' THEN 'Unit price' END AS Method, COUNT(*) AS PCOs
FROM PMOP o
WHERE o.PMCo = @PMCo AND o.Project = @Project
GROUP BY o.PricingMethod;
