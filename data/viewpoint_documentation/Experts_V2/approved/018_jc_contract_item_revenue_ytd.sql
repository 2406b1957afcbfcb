-- Question: Show billed revenue by contract item for the current year.
-- Tags: JC, revenue, by month
DECLARE @JCCo bCompany = 1, @Contract bContract = ' 1001-', @FromMth bMonth = DATEFROMPARTS(YEAR(GETDATE()), 1, 1);

SELECT i.Item, i.Description, SUM(ip.BilledAmt) AS BilledYTD
FROM JCCI i
JOIN JCIP ip ON ip.JCCo = i.JCCo AND ip.Contract = i.Contract AND ip.Item = i.Item
WHERE i.JCCo = @JCCo AND i.Contract = @Contract AND ip.Mth >= @FromMth
GROUP BY i.Item, i.Description
ORDER BY i.Item;
