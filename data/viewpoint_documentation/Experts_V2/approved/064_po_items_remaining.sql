-- Question: Show a purchase order's items with received, invoiced and remaining cost.
-- Tags: PO
DECLARE @POCo bCompany = 1, @PO varchar(30) = '24-0101';

SELECT i.POItem, i.Description, i.CurCost, i.RecvdCost, i.InvCost, i.RemCost
FROM POHD p
JOIN POIT i ON i.POCo = p.POCo AND i.PO = p.PO
WHERE p.POCo = @POCo AND p.PO = @PO
ORDER BY i.POItem;
