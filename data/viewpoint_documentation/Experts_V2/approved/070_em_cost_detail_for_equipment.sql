-- Question: Show the cost detail of a piece of equipment with its description.
-- Tags: EM, cost
DECLARE @EMCo bCompany = 1, @Equipment bEquip = 'EX-200';

SELECT d.Mth, d.EMTrans, d.ActualDate, d.CostCode, d.EMCostType, d.Description, d.Dollars, e.Description AS EquipmentDescription
FROM EMEM e
JOIN EMCD d ON d.EMCo = e.EMCo AND d.Equipment = e.Equipment
WHERE e.EMCo = @EMCo AND e.Equipment = @Equipment
ORDER BY d.Mth, d.EMTrans;
