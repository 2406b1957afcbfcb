-- Question: Show the items billed on a progress bill.
-- Tags: JB, billing
DECLARE @JBCo bCompany = 1, @BillMonth bMonth = '2024-05-01', @BillNumber int = 12;

SELECT t.Item, t.Description, t.UnitsBilled, t.AmtBilled, t.RetgBilled, t.AmountDue
FROM JBIN b
JOIN JBIT t ON t.JBCo = b.JBCo AND t.BillMonth = b.BillMonth AND t.BillNumber = b.BillNumber
WHERE b.JBCo = @JBCo AND b.BillMonth = @BillMonth AND b.BillNumber = @BillNumber
ORDER BY t.Item;
