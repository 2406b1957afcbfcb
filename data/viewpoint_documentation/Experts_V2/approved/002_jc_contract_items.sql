-- Question: Show the items of a contract with original and current amounts and billed to date.
-- Tags: JC, contracts
DECLARE @JCCo bCompany = 1, @Contract bContract = ' 1001-';

SELECT i.Item, i.Description, i.OrigContractAmt, i.ContractAmt, i.BilledAmt
FROM JCCM c
JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract
WHERE c.JCCo = @JCCo AND c.Contract = @Contract
ORDER BY i.Item;
