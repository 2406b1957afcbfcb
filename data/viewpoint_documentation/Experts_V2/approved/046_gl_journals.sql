-- Question: Which GL journals are set up, and which are reversing?
-- Tags: GL, journals
DECLARE @GLCo bCompany = 1;

SELECT j.Jrnl, j.Description, j.Rev, j.RevJrnl
FROM GLJR j
WHERE j.GLCo = @GLCo
ORDER BY j.Jrnl;
