-- Question: List the AR invoices posted against a contract.
-- Tags: AR, JC, contracts
DECLARE @ARCo bCompany = 1, @JCCo bCompany = 1, @Contract bContract = ' 1001-';

SELECT t.Mth, t.ARTrans, t.Invoice, t.TransDate, t.Invoiced, t.Retainage, c.Description AS ContractDescription
FROM ARTH t
JOIN JCCM c ON c.JCCo = t.JCCo AND c.Contract = t.Contract
WHERE t.ARCo = @ARCo AND c.JCCo = @JCCo AND c.Contract = @Contract AND t.ARTransType = 'I'
ORDER BY t.Mth, t.ARTrans;
