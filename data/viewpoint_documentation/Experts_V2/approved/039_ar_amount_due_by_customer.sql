-- Question: What is the total amount due per customer on AR invoices?
-- Tags: AR, customers, receivables
DECLARE @ARCo bCompany = 1;

SELECT c.Customer, c.Name, SUM(t.AmountDue) AS AmountDue
FROM ARTH t WITH (NOLOCK)
JOIN ARCM c WITH (NOLOCK) ON c.CustGroup = t.CustGroup AND c.Customer = t.Customer
WHERE t.ARCo = @ARCo AND t.ARTransType = 'I'
GROUP BY c.Customer, c.Name
HAVING SUM(t.AmountDue) > 0
ORDER BY AmountDue DESC;
