-- Question: How much has been billed per contract through job billing this year?
-- Tags: JB, contracts, billing
DECLARE @JBCo bCompany = 1;

SELECT LTRIM(RTRIM(b.Contract)) AS Contract, COUNT(*) AS Bills, SUM(b.InvTotal) AS InvTotal
FROM JBIN b
WHERE b.JBCo = @JBCo AND b.BillMonth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY b.Contract
ORDER BY InvTotal DESC;
