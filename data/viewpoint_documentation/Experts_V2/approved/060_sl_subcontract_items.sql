-- Question: Show a subcontract's items with current cost and invoiced to date.
-- Tags: SL
DECLARE @SLCo bCompany = 1, @SL varchar(30) = '22896-001';

SELECT i.SLItem, i.Description, LTRIM(RTRIM(i.Phase)) AS Phase, i.OrigCost, i.CurCost, i.InvCost, i.CurCost - i.InvCost AS Remaining
FROM SLHD s
JOIN SLIT i ON i.SLCo = s.SLCo AND i.SL = s.SL
WHERE s.SLCo = @SLCo AND s.SL = @SL
ORDER BY i.SLItem;
