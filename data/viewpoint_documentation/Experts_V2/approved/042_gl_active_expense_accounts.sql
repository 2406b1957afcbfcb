-- Question: List the active expense accounts in the general ledger.
-- Tags: GL, accounts
DECLARE @GLCo bCompany = 1;

SELECT a.GLAcct, a.Description, a.SubType
FROM GLAC a
WHERE a.GLCo = @GLCo AND a.AcctType = 'E' AND a.Active = 'Y'
ORDER BY a.GLAcct;
