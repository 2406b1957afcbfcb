-- Question: Which open or soft-closed contracts still have an amount left to bill?
-- Tags: JC, contracts
DECLARE @JCCo bCompany = 1;

SELECT LTRIM(RTRIM(Contract)) AS Contract, Description, ContractAmt, BilledAmt, ContractAmt - BilledAmt AS LeftToBill
FROM JCCM WITH (NOLOCK)
WHERE JCCo = @JCCo
  AND ContractStatus IN (1, 2)
  AND ContractAmt > BilledAmt
ORDER BY LeftToBill DESC;
