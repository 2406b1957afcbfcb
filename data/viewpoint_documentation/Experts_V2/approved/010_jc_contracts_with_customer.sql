-- Question: Show each contract with its customer's name.
-- Tags: JC, AR, contracts, customers
DECLARE @JCCo bCompany = 1;

SELECT LTRIM(RTRIM(c.Contract)) AS Contract, c.Description, cu.Name AS CustomerName, c.ContractAmt
FROM JCCM c
LEFT JOIN ARCM cu ON cu.CustGroup = c.CustGroup AND cu.Customer = c.Customer
WHERE c.JCCo = @JCCo
ORDER BY c.Contract;
