-- Question: What retainage has been billed and released on each contract through job billing?
-- Tags: JB, retainage
DECLARE @JBCo bCompany = 1;

SELECT LTRIM(RTRIM(b.Contract)) AS Contract, SUM(t.RetgBilled) AS RetainageBilled, SUM(t.RetgRel) AS RetainageReleased
FROM JBIN b
JOIN JBIT t ON t.JBCo = b.JBCo AND t.BillMonth = b.BillMonth AND t.BillNumber = b.BillNumber
WHERE b.JBCo = @JBCo
GROUP BY b.Contract
ORDER BY b.Contract;
