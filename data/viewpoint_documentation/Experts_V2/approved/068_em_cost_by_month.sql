-- Question: What did each piece of equipment cost per month this year?
-- Tags: EM, cost, by month
DECLARE @EMCo bCompany = 1;

SELECT d.Equipment, d.Mth, SUM(d.Dollars) AS Cost
FROM EMCD d
WHERE d.EMCo = @EMCo AND d.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY d.Equipment, d.Mth
ORDER BY d.Equipment, d.Mth;
