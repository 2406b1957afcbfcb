-- Question: Rank equipment by total cost this year within each category.
-- Tags: EM, cost
DECLARE @EMCo bCompany = 1;

WITH cost AS (
    SELECT e.Category, e.Equipment, SUM(d.Dollars) AS Cost
    FROM EMEM e
    JOIN EMCD d ON d.EMCo = e.EMCo AND d.Equipment = e.Equipment
    WHERE e.EMCo = @EMCo AND d.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
    GROUP BY e.Category, e.Equipment
)
SELECT Category, Equipment, Cost, RANK() OVER (PARTITION BY Category ORDER BY Cost DESC) AS CostRank
FROM cost
ORDER BY Category, CostRank;
