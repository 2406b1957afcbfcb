-- Question: How much equipment revenue was charged to each job?
-- Tags: EM, JC, revenue
DECLARE @EMCo bCompany = 1, @JCCo bCompany = 1;

SELECT LTRIM(RTRIM(j.Job)) AS Job, j.Description, SUM(r.Dollars) AS EquipmentRevenue
FROM EMRD r
JOIN JCJM j ON j.JCCo = r.JCCo AND j.Job = r.Job
WHERE r.EMCo = @EMCo AND j.JCCo = @JCCo
GROUP BY j.Job, j.Description
ORDER BY EquipmentRevenue DESC;
