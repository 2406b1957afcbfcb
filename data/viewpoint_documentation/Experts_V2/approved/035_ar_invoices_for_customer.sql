-- Question: List a customer's AR invoices with the amount still due.
-- Tags: AR, customers, invoices
DECLARE @ARCo bCompany = 1, @Customer bCustomer = 2050;

SELECT t.Mth, t.ARTrans, t.Invoice, t.TransDate, t.DueDate, t.Invoiced, t.AmountDue, c.Name
FROM ARTH t
JOIN ARCM c ON c.CustGroup = t.CustGroup AND c.Customer = t.Customer
WHERE t.ARCo = @ARCo AND t.Customer = @Customer AND t.ARTransType = 'I'  -- I = Invoice
ORDER BY t.TransDate;
