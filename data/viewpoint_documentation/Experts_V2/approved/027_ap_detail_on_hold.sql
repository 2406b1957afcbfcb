-- Question: Which AP payment lines are on hold?
-- Tags: AP, payables
DECLARE @APCo bCompany = 1;

SELECT d.Mth, d.APTrans, d.APLine, d.APSeq, d.Amount, d.DueDate
FROM APTD d WITH (NOLOCK)
WHERE d.APCo = @APCo AND d.Status = 2
ORDER BY d.DueDate;
