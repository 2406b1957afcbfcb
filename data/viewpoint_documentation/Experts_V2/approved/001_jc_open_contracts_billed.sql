-- Question: List open contracts with their contract amount and billed to date.
-- Tags: JC, contracts
DECLARE @JCCo bCompany = 1;

SELECT LTRIM(RTRIM(c.Contract)) AS Contract, c.Description, c.ContractAmt, c.BilledAmt,
       c.ContractAmt - c.BilledAmt AS RemainingToBill
FROM dbo.JCCM c
WHERE c.JCCo = @JCCo
  AND c.ContractStatus = 1  -- 1 = Open
ORDER BY c.Contract;
