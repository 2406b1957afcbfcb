-- Question: List the AP checks and payments made in a month.
-- Tags: AP, payments
DECLARE @APCo bCompany = 1, @PaidMth bMonth = '2024-05-01';

SELECT p.CMRef, p.PayMethod, p.PaidDate, p.Name, p.Amount, p.VoidYN
FROM APPH p
WHERE p.APCo = @APCo AND p.PaidMth = @PaidMth
ORDER BY p.PaidDate, p.CMRef;
