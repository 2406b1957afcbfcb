-- Question: List recent progress bills with the customer's name.
-- Tags: JB, AR, customers
DECLARE @JBCo bCompany = 1;

SELECT TOP (50) b.BillMonth, b.BillNumber, b.Invoice, c.Name AS Customer, b.InvTotal
FROM JBIN b
JOIN ARCM c ON c.CustGroup = b.CustGroup AND c.Customer = b.Customer
WHERE b.JBCo = @JBCo
ORDER BY b.BillMonth DESC, b.BillNumber DESC;
