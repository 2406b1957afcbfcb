-- Question: How many open contracts does each company have, and for what total amount?
-- Tags: HQ, JC, contracts
SELECT h.HQCo, h.Name, COUNT(c.Contract) AS OpenContracts, SUM(c.ContractAmt) AS ContractAmt
FROM HQCO h
JOIN JCCM c ON c.JCCo = h.HQCo
WHERE h.HQCo IN (1, 2) AND c.ContractStatus = 1
GROUP BY h.HQCo, h.Name
ORDER BY h.HQCo;
