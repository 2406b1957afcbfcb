-- Question: List purchase order items of a job with the material description.
-- Tags: PO, HQ, materials
DECLARE @POCo bCompany = 1, @Job bJob = ' 22896-';

SELECT i.PO, i.POItem, i.Material, m.Description AS MaterialDescription, i.CurUnits, i.UM, i.CurCost
FROM POIT i
JOIN HQMT m ON m.MatlGroup = i.MatlGroup AND m.Material = i.Material
WHERE i.POCo = @POCo AND i.Job = @Job
ORDER BY i.PO, i.POItem;
