-- Question: List the active equipment with its category and current hour reading.
-- Tags: EM, equipment
DECLARE @EMCo bCompany = 1;

SELECT e.Equipment, e.Description, e.Category, e.Manufacturer, e.Model, e.HourReading
FROM EMEM e
WHERE e.EMCo = @EMCo AND e.Status = 'A'  -- A = Active
ORDER BY e.Equipment;
