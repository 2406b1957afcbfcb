-- Read-only batches the allow-list gate (VG002) must let through, each also correct against the
-- sample catalog (the whole validator passes it). One block per batch, named SHAPE.SLUG.

-- name: select.plain
SELECT Contract, Description FROM JCCM WHERE JCCo = 1

-- name: select.lower_case
select c.Contract from JCCM c where c.JCCo = 1

-- name: select.tabs_and_comments
SELECT	c.Contract /* code */,	c.Description -- name
FROM	JCCM c	-- the view
WHERE	c.JCCo = 1

-- name: select.semicolons
;SELECT Contract FROM JCCM WHERE JCCo = 1;

-- name: select.brackets
SELECT [c].[Contract] FROM [dbo].[JCCM] [c] WHERE [c].[JCCo] = 1

-- name: select.strings_that_look_like_payloads
SELECT c.Contract, 'DELETE FROM bAPTH' AS Note, N'EXEC xp_cmdshell' AS Other
FROM JCCM c WHERE c.JCCo = 1

-- name: select.comment_that_looks_like_a_payload
-- DROP TABLE bAPTH; EXEC xp_cmdshell 'whoami'
/* UPDATE bAPTH SET OpenYN = 'N'
   then bspAPHBPost, MERGE, SHUTDOWN */
SELECT Contract FROM JCCM WHERE JCCo = 1

-- name: select.functions
SELECT c.Contract, LEN(c.Description) AS L, UPPER(LEFT(c.Description, 3)) AS U,
       ISNULL(c.ContractAmt, 0) AS Amt, COALESCE(c.BilledAmt, 0) AS Billed,
       CONVERT(varchar(10), c.StartMonth, 101) AS Started, CAST(c.ContractAmt AS decimal(12, 2)) AS Exact,
       DATEADD(month, 1, c.StartMonth) AS NextMonth, IIF(c.ContractStatus = 1, 'Open', 'Other') AS State
FROM JCCM c WHERE c.JCCo = 1

-- name: select.window
SELECT c.Contract, ROW_NUMBER() OVER (PARTITION BY c.Department ORDER BY c.ContractAmt DESC) AS rn,
       SUM(c.ContractAmt) OVER (PARTITION BY c.Department) AS DeptTotal
FROM JCCM c WHERE c.JCCo = 1

-- name: select.aggregate
SELECT c.Department, COUNT(*) AS Contracts, SUM(c.ContractAmt) AS Total
FROM JCCM c WHERE c.JCCo = 1
GROUP BY c.Department
HAVING SUM(c.ContractAmt) > 0

-- name: select.offset_fetch
SELECT Contract FROM JCCM WHERE JCCo = 1 ORDER BY Contract OFFSET 10 ROWS FETCH NEXT 10 ROWS ONLY

-- name: select.nolock_hints
SELECT h.APRef FROM APTH h (NOLOCK) WHERE h.APCo = 1

-- name: select.merge_join_hint
SELECT c.Contract, i.Item FROM JCCM c LEFT MERGE JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract
WHERE c.JCCo = 1

-- name: select.derived_with_column_list
SELECT x.Co, x.Ctr FROM (SELECT JCCo, Contract FROM JCCM WHERE JCCo = 1) AS x (Co, Ctr)

-- name: select.values_alias_columns
SELECT c.Contract, v.n FROM JCCM c CROSS APPLY (VALUES (c.ContractAmt), (c.BilledAmt)) v(n) WHERE c.JCCo = 1

-- name: select.option_recompile
SELECT Contract FROM JCCM WHERE JCCo = 1 OPTION (RECOMPILE)

-- name: select.for_xml_path
SELECT STUFF((SELECT ',' + c.Contract FROM JCCM c WHERE c.JCCo = 1 FOR XML PATH('')), 1, 1, '') AS Contracts

-- name: select.string_split
DECLARE @list varchar(100) = '1,2'
SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.Department IN (SELECT value FROM STRING_SPLIT(@list, ','))

-- name: select.union
SELECT Contract FROM JCCM WHERE JCCo = 1
UNION ALL
SELECT Contract FROM JCCM WHERE JCCo = 2

-- name: select.parenthesised
(SELECT Contract FROM JCCM WHERE JCCo = 1)

-- name: cte.plain
WITH open_contracts AS (
    SELECT JCCo, Contract, ContractAmt FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1
)
SELECT o.Contract, o.ContractAmt FROM open_contracts o

-- name: cte.semicolon
;WITH x (Co, Ctr) AS (SELECT JCCo, Contract FROM JCCM WHERE JCCo = 1) SELECT x.Ctr FROM x WHERE x.Co = 1

-- name: cte.two
WITH a AS (SELECT JCCo, Contract FROM JCCM WHERE JCCo = 1),
     b AS (SELECT a.JCCo, a.Contract, i.Item FROM a JOIN JCCI i ON i.JCCo = a.JCCo AND i.Contract = a.Contract)
SELECT b.Contract, COUNT(*) AS Items FROM b GROUP BY b.Contract

-- name: declare.scalar
DECLARE @JCCo bCompany = 1
SELECT Contract FROM JCCM WHERE JCCo = @JCCo

-- name: declare.several
DECLARE @JCCo bCompany = 1, @Status tinyint = 1, @Since bMonth = '2024-01-01'
SELECT Contract FROM JCCM WHERE JCCo = @JCCo AND ContractStatus = @Status AND StartMonth >= @Since

-- name: declare.scalar_subquery
DECLARE @Last bMonth = (SELECT MAX(Mth) FROM APTH WHERE APCo = 1)
SELECT h.APRef FROM APTH h WHERE h.APCo = 1 AND h.Mth = @Last

-- name: declare.table_variable
DECLARE @jobs TABLE (JCCo tinyint, Job varchar(10))
INSERT INTO @jobs (JCCo, Job) SELECT JCCo, Job FROM JCJM WHERE JCCo = 1 AND JobStatus = 1
SELECT d.Job, SUM(d.ActualCost) AS Cost FROM JCCD d JOIN @jobs j ON j.JCCo = d.JCCo AND j.Job = d.Job
WHERE d.JCCo = 1 GROUP BY d.Job

-- name: declare.cursor_declaration
DECLARE c CURSOR LOCAL FAST_FORWARD FOR SELECT Contract FROM JCCM WHERE JCCo = 1

-- name: set.variable
DECLARE @JCCo bCompany
SET @JCCo = 1
SELECT Contract FROM JCCM WHERE JCCo = @JCCo

-- name: set.variable_subquery
DECLARE @n int
SET @n = (SELECT COUNT(*) FROM JCCM WHERE JCCo = 1)
SELECT @n AS Contracts

-- name: set.select_assignment
DECLARE @total numeric(12, 2)
SELECT @total = SUM(ContractAmt) FROM JCCM WHERE JCCo = 1
SELECT @total AS Total

-- name: set.options
SET NOCOUNT ON;
SET ANSI_NULLS, QUOTED_IDENTIFIER ON;
SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED;
SET DATEFORMAT ymd;
SELECT Contract FROM JCCM WHERE JCCo = 1

-- name: set.statistics
SET STATISTICS IO, TIME ON
SELECT Contract FROM JCCM WHERE JCCo = 1
SET STATISTICS IO, TIME OFF

-- name: set.isolation_snapshot
SET TRANSACTION ISOLATION LEVEL SNAPSHOT
SELECT Contract FROM JCCM WHERE JCCo = 1

-- name: set.xact_abort_and_deadlock
SET XACT_ABORT ON
SET DEADLOCK_PRIORITY LOW
SET LOCK_TIMEOUT 5000
SELECT Contract FROM JCCM WHERE JCCo = 1

-- name: if.simple
DECLARE @JCCo bCompany = 1
IF @JCCo = 1 SELECT Contract FROM JCCM WHERE JCCo = @JCCo

-- name: if.else_blocks
DECLARE @JCCo bCompany = 1
IF EXISTS (SELECT 1 FROM JCCM WHERE JCCo = @JCCo AND ContractStatus = 1)
BEGIN
    SELECT Contract FROM JCCM WHERE JCCo = @JCCo AND ContractStatus = 1
END
ELSE
BEGIN
    PRINT 'no open contracts'
END

-- name: if.nested
DECLARE @JCCo bCompany = 1
IF @JCCo > 0
BEGIN
    IF (SELECT COUNT(*) FROM JCCM WHERE JCCo = @JCCo) > 10
        SELECT TOP 10 Contract FROM JCCM WHERE JCCo = @JCCo ORDER BY Contract
    ELSE
        SELECT Contract FROM JCCM WHERE JCCo = @JCCo
END

-- name: if.case_inside_block
IF 1 = 1
BEGIN
    SELECT c.Contract, CASE c.ContractStatus WHEN 1 THEN 'Open' ELSE 'Other' END AS State
    FROM JCCM c WHERE c.JCCo = 1
END

-- name: block.try_catch
BEGIN TRY
    SELECT Contract FROM JCCM WHERE JCCo = 1
END TRY
BEGIN CATCH
    SELECT ERROR_NUMBER() AS Number, ERROR_MESSAGE() AS Message
END CATCH

-- name: block.while_break
DECLARE @i int = 0
WHILE @i < 3
BEGIN
    SET @i = @i + 1
    IF @i = 2 BREAK
    ELSE CONTINUE
END
SELECT @i AS Steps

-- name: print.message
PRINT 'open contracts'
SELECT Contract FROM JCCM WHERE JCCo = 1

-- name: print.expression
DECLARE @n int = (SELECT COUNT(*) FROM JCCM WHERE JCCo = 1);
PRINT 'contracts: ' + CAST(@n AS varchar(10))

-- name: temp.select_into
SELECT JCCo, Job, SUM(ActualCost) AS Actual
INTO #cost
FROM JCCD
WHERE JCCo = 1
GROUP BY JCCo, Job;
SELECT j.Job, j.Description, c.Actual
FROM JCJM j
JOIN #cost c ON c.JCCo = j.JCCo AND c.Job = j.Job
WHERE j.JCCo = 1;

-- name: temp.insert_into_temp
SELECT JCCo, Contract INTO #c FROM JCCM WHERE JCCo = 1 AND 1 = 0
INSERT INTO #c (JCCo, Contract) SELECT JCCo, Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1
SELECT Contract FROM #c

-- name: temp.insert_values_table_variable
DECLARE @codes TABLE (Code tinyint)
INSERT INTO @codes VALUES (1), (2);
SELECT c.Contract FROM JCCM c JOIN @codes s ON s.Code = c.ContractStatus WHERE c.JCCo = 1

-- name: go.two_batches
SELECT Contract FROM JCCM WHERE JCCo = 1
GO
SELECT Vendor, Name FROM APVM WHERE VendorGroup = 1
GO

-- name: go.declare_per_batch
DECLARE @JCCo bCompany = 1
SELECT Contract FROM JCCM WHERE JCCo = @JCCo
GO
DECLARE @APCo bCompany = 1
SELECT h.APRef FROM APTH h WHERE h.APCo = @APCo

-- name: select.system_variables
SELECT @@ROWCOUNT AS n, @@SERVERNAME AS s

-- name: select.xml_value_method
DECLARE @x xml = '<a>1</a>'
SELECT @x.value('(/a)[1]', 'int') AS v

-- name: select.index_hint
SELECT c.Contract FROM JCCM c WITH (NOLOCK, INDEX(biJCCM)) WHERE c.JCCo = 1

-- name: select.top_with_ties
SELECT TOP (5) WITH TIES c.Contract FROM JCCM c WHERE c.JCCo = 1 ORDER BY c.ContractAmt DESC

-- name: select.within_group
SELECT c.Contract, STRING_AGG(i.Item, ',') WITHIN GROUP (ORDER BY i.Item) AS Items
FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract
WHERE c.JCCo = 1 GROUP BY c.Contract

-- name: select.date_and_format
SELECT h.APRef, DATEDIFF(day, h.DueDate, GETDATE()) AS DaysLate, FORMAT(h.InvTotal, 'C') AS Amt
FROM APTH h WHERE h.APCo = 1 AND h.OpenYN = 'Y'

-- name: select.option_maxdop
SELECT Contract FROM JCCM WHERE JCCo = 1 OPTION (MAXDOP 1)

-- name: select.metadata_functions
SELECT DB_NAME() AS db, SUSER_SNAME() AS who, OBJECT_ID('dbo.JCCM') AS id
