-- Question: List the progress bills of a billing month with their invoice totals.
-- Tags: JB, billing
DECLARE @JBCo bCompany = 1, @BillMonth bMonth = '2024-05-01';

SELECT b.BillNumber, b.Invoice, LTRIM(RTRIM(b.Contract)) AS Contract, b.InvDate, b.InvTotal, b.InvRetg, b.InvDue
FROM JBIN b
WHERE b.JBCo = @JBCo AND b.BillMonth = @BillMonth
ORDER BY b.BillNumber;
