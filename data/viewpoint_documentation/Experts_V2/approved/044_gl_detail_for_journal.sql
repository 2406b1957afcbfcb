-- Question: List the GL detail posted to a journal in a month.
-- Tags: GL, journals
DECLARE @GLCo bCompany = 1, @Mth bMonth = '2024-05-01', @Jrnl bJrnl = 'AP';

SELECT d.GLTrans, d.GLAcct, d.GLRef, d.ActDate, d.Description, d.Amount
FROM GLDT d
WHERE d.GLCo = @GLCo AND d.Mth = @Mth AND d.Jrnl = @Jrnl
ORDER BY d.GLTrans;
