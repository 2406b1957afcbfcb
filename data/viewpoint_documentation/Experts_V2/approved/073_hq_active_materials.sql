-- Question: List the active stocked materials of a company's material group.
-- Tags: HQ, materials
DECLARE @Co bCompany = 1;

SELECT m.Material, m.Description, m.Category, m.StdUM, m.Cost
FROM HQCO h
JOIN HQMT m ON m.MatlGroup = h.MatlGroup
WHERE h.HQCo = @Co AND m.Active = 'Y' AND m.Stocked = 'Y'
ORDER BY m.Category, m.Material;
