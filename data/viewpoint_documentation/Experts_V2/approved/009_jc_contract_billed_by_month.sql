-- Question: How much was billed on a contract in each month?
-- Tags: JC, contracts, by month, revenue
DECLARE @JCCo bCompany = 1, @Contract bContract = ' 1001-';

SELECT ip.Mth, SUM(ip.BilledAmt) AS BilledAmt, SUM(ip.ReceivedAmt) AS ReceivedAmt
FROM JCIP ip
WHERE ip.JCCo = @JCCo AND ip.Contract = @Contract
GROUP BY ip.Mth
ORDER BY ip.Mth;
