-- Correct T-SQL in less common shapes: PIVOT, APPLY over VALUES, STRING_SPLIT, OPENJSON, join hints,
-- TRY/CATCH, WHILE, cursors, GROUPING SETS, ROLLUP, TOP WITH TIES, OFFSET, COLLATE, ALL/ANY, odd spacing.

-- name: tricky_01
SELECT c.Contract AS [Contract Code], c.Description [Desc] FROM JCCM c WHERE c.JCCo = 1 ORDER BY [Contract Code]

-- name: tricky_02
WITH x (Co, Ctr) AS (SELECT JCCo, Contract FROM JCCM WHERE JCCo = 1) SELECT x.Ctr FROM x WHERE x.Co = 1

-- name: tricky_03
WITH r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT n FROM r

-- name: tricky_04
DECLARE @n int = 5; SELECT TOP (@n) Contract FROM JCCM WHERE JCCo = 1 ORDER BY Contract

-- name: tricky_05
SELECT e.Type, e.Status, e.Description FROM EMEM e WHERE e.EMCo = 1

-- name: tricky_06
SELECT Type, Status FROM EMEM WHERE EMCo = 1

-- name: tricky_07
SELECT Contract, DATEADD(mm, 1, StartMonth) AS NextMonth, DATEDIFF(dd, StartDate, GETDATE()) AS Age FROM JCCM WHERE JCCo = 1

-- name: tricky_08
SELECT NEWID() AS id, CURRENT_USER AS u, SYSTEM_USER AS s, @@ROWCOUNT AS rc, SUSER_SNAME() AS who, CURRENT_TIMESTAMP AS ts

-- name: tricky_09
SELECT Contract FROM JCCM WHERE JCCo = 1 AND StartMonth >= '15-Jan-2024' AND StartMonth < '2024.06.01'

-- name: tricky_10
SELECT Contract FROM JCCM WHERE JCCo = '1' AND ContractStatus = '1'

-- name: tricky_11
SELECT p.* FROM (SELECT JCCo, ContractStatus, Contract FROM JCCM WHERE JCCo = 1) s PIVOT (COUNT(Contract) FOR ContractStatus IN ([0], [1], [2], [3])) p

-- name: tricky_12
SELECT c.Contract, j.Jobs FROM JCCM c CROSS APPLY (SELECT COUNT(*) Jobs FROM JCJM WHERE JCJM.JCCo = c.JCCo AND JCJM.Contract = c.Contract) j WHERE c.JCCo = 1

-- name: tricky_13
SELECT JCCM.Contract FROM JCCM WHERE JCCM.JCCo = 1

-- name: tricky_14
SELECT dbo.JCCM.Contract FROM dbo.JCCM WHERE dbo.JCCM.JCCo = 1

-- name: tricky_15
SELECT c.Contract FROM JCCM AS c WITH (NOLOCK, INDEX(biJCCM)) WHERE c.JCCo = 1

-- name: tricky_16
SELECT c.Contract, (SELECT MAX(i.Item) FROM JCCI i WHERE i.JCCo = c.JCCo AND i.Contract = c.Contract) AS LastItem FROM JCCM c WHERE c.JCCo = 1 ORDER BY LastItem

-- name: tricky_17
SELECT c.Contract, x.Total FROM JCCM c LEFT JOIN (SELECT JCCo, Contract, SUM(ContractAmt) Total FROM JCCI GROUP BY JCCo, Contract) x ON x.JCCo = c.JCCo AND x.Contract = c.Contract WHERE c.JCCo = 1

-- name: tricky_18
SELECT Contract, SUM(ContractAmt) AS Amt FROM JCCI WHERE JCCo = 1 GROUP BY Contract ORDER BY Amt DESC

-- name: tricky_19
SELECT Contract, COUNT(*) FROM JCCI WHERE JCCo = 1 GROUP BY Contract ORDER BY COUNT(*) DESC

-- name: tricky_20
SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.Contract IN (' 1000-', ' 1001-') AND c.Department LIKE '1%'

-- name: tricky_21
SELECT h.APRef FROM APTH h WHERE h.APCo = 1 AND h.InvDate BETWEEN DATEADD(day, -30, GETDATE()) AND GETDATE()

-- name: tricky_22
SELECT 'x' + CAST(c.ContractAmt AS varchar(20)) FROM JCCM c WHERE c.JCCo = 1

-- name: tricky_23
SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.ContractStatus <> 3 AND c.ContractStatus != 0

-- name: tricky_24
SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND ISNULL(c.CompleteYN, 'N') = 'N'

-- name: tricky_25
select top 5 c.Contract from JCCM c where c.JCCo=1 order by newid()

-- name: tricky_26
SELECT COUNT(*) AS n, SUM(CASE WHEN h.OpenYN = 'Y' THEN 1 ELSE 0 END) AS open_n FROM APTH h WHERE h.APCo = 1

-- name: tricky_27
SELECT c.Contract, c.Description FROM JCCM c WHERE c.JCCo = 1
UNION
SELECT c.Contract, c.Description FROM bJCCM c WHERE c.JCCo = 2
ORDER BY Contract

-- name: tricky_28
SELECT h.Mth, h.APTrans FROM APTH h WHERE h.APCo = 1 AND h.Mth = (SELECT MAX(Mth) FROM APTH WHERE APCo = 1)

-- name: tricky_29
SELECT x.Job FROM (SELECT d.JCCo, d.Job FROM JCCD d WHERE d.JCCo = 1) AS x (Co, Job)

-- name: tricky_30
SELECT t.* FROM (SELECT TOP 1 * FROM JCCM WHERE JCCo = 1 ORDER BY Contract) t

-- name: tricky_31
SELECT c.Contract, c.Description FROM JCCM c WHERE c.JCCo = 1 FOR JSON PATH

-- name: tricky_32
SELECT DISTINCT TOP 10 c.Department FROM JCCM c WHERE c.JCCo = 1 ORDER BY c.Department

-- name: tricky_33
SELECT j.Job FROM JCJM j WHERE j.JCCo = 1 AND j.Job LIKE '%' + @x + '%'

-- name: tricky_34
SELECT Contract, ROW_NUMBER() OVER (ORDER BY (SELECT NULL)) rn FROM JCCM WHERE JCCo = 1

-- name: tricky_35
SELECT c.Contract, STUFF(c.Description, 1, 1, '') FROM JCCM c WHERE c.JCCo = 1

-- name: tricky_36
SELECT c.Contract FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract AND i.Item = '1' WHERE c.JCCo = 1

-- name: tricky_37
SELECT SUM(ActualCost) FROM JCCD WHERE JCCo = 1 HAVING SUM(ActualCost) > 0

-- name: tricky_38
SELECT GETDATE()

-- name: tricky_39
SELECT 1 AS x WHERE EXISTS (SELECT 1 FROM JCCM WHERE JCCo = 1)

-- name: tricky_40
SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.StartMonth = '2024-01-01 00:00:00.000'

-- name: tricky_41
SELECT c.Contract, v.n FROM JCCM c CROSS APPLY (VALUES (c.ContractAmt), (c.BilledAmt)) v(n) WHERE c.JCCo = 1

-- name: tricky_42
SELECT s.value FROM STRING_SPLIT('a,b', ',') s

-- name: tricky_43
DECLARE @list varchar(100) = '1,2'; SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.Department IN (SELECT value FROM STRING_SPLIT(@list, ','))

-- name: tricky_44
SELECT j.* FROM OPENJSON('[1,2]') WITH (id int) j

-- name: tricky_45
SELECT u.Contract, u.Amt FROM (SELECT Contract, ContractAmt, BilledAmt FROM JCCM WHERE JCCo = 1) s UNPIVOT (Amt FOR Kind IN (ContractAmt, BilledAmt)) u

-- name: tricky_46
SELECT c.Contract FROM JCCM c TABLESAMPLE (10 PERCENT) WHERE c.JCCo = 1

-- name: tricky_47
SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 OPTION (RECOMPILE)

-- name: tricky_48
SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.Contract COLLATE Latin1_General_CI_AS = ' 1-'

-- name: tricky_49
SELECT c.Contract, TRY_CONVERT(int, c.Department) d, FORMAT(c.ContractAmt, 'C') f FROM JCCM c WHERE c.JCCo = 1

-- name: tricky_50
SELECT c.Contract, x.y FROM JCCM c OUTER APPLY (SELECT 1 AS y) x WHERE c.JCCo = 1

-- name: tricky_51
WITH a AS (SELECT 1 AS x), b AS (SELECT x FROM a) SELECT * FROM b

-- name: tricky_52
SELECT * FROM (SELECT 1 AS a UNION ALL SELECT 2) t

-- name: tricky_53
SELECT a FROM (SELECT 1 AS a) t ORDER BY a

-- name: tricky_54
SELECT c.Contract, CHOOSE(c.ContractStatus + 1, 'P', 'O', 'S', 'H') FROM JCCM c WHERE c.JCCo = 1

-- name: tricky_55
SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1 ORDER BY Contract DESC

-- name: tricky_56
SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.Contract = N'x' COLLATE SQL_Latin1_General_CP1_CI_AS

-- name: tricky_57
SELECT c.Contract FROM JCCM c INNER HASH JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract WHERE c.JCCo = 1

-- name: tricky_58
SELECT c.Contract FROM JCCM c LEFT MERGE JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract WHERE c.JCCo = 1

-- name: tricky_59
SELECT c.Contract FROM JCCM c FULL OUTER JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract WHERE c.JCCo = 1

-- name: tricky_60
SELECT c.Contract FROM JCCM c CROSS JOIN HQCO h WHERE c.JCCo = 1 AND h.HQCo = c.JCCo

-- name: tricky_61
SELECT GROUPING(c.Department), c.Department, COUNT(*) FROM JCCM c WHERE c.JCCo = 1 GROUP BY ROLLUP (c.Department)

-- name: tricky_62
SELECT c.Department, c.ContractStatus, COUNT(*) FROM JCCM c WHERE c.JCCo = 1 GROUP BY GROUPING SETS ((c.Department), (c.ContractStatus))

-- name: tricky_63
BEGIN TRY SELECT Contract FROM JCCM WHERE JCCo = 1 END TRY BEGIN CATCH SELECT ERROR_MESSAGE() END CATCH

-- name: tricky_64
WHILE 1 = 0 BEGIN SELECT 1 END

-- name: tricky_65
DECLARE c CURSOR FOR SELECT Contract FROM JCCM WHERE JCCo = 1

-- name: tricky_66
SELECT Contract FROM JCCM WHERE JCCo = 1 -- trailing comment

-- name: tricky_67
/* header */ SELECT Contract FROM JCCM WHERE JCCo = 1

-- name: tricky_68
;;SELECT Contract FROM JCCM WHERE JCCo = 1;;

-- name: tricky_69
SELECT Contract FROM JCCM WHERE JCCo = 1
AND ContractStatus = 1

-- name: tricky_70
select [Contract] from [JCCM] where [JCCo]=1 and [ContractStatus]=1

-- name: tricky_71
SELECT TOP 1 WITH TIES Contract FROM JCCM WHERE JCCo = 1 ORDER BY ContractAmt DESC

-- name: tricky_72
SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.StartMonth = CONVERT(smalldatetime, '2024-01-01')

-- name: tricky_73
SELECT c.Contract, LEN(c.Description), UPPER(c.Description), REPLACE(c.Description, 'a', 'b') FROM JCCM c WHERE c.JCCo = 1

-- name: tricky_74
SELECT * FROM JCCM c WHERE c.JCCo = 1 AND c.ContractAmt > ALL (SELECT i.ContractAmt FROM JCCI i WHERE i.JCCo = 1)

-- name: tricky_75
SELECT * FROM JCCM c WHERE c.JCCo = 1 AND c.ContractAmt > ANY (SELECT i.ContractAmt FROM JCCI i WHERE i.JCCo = 1)


-- name: tricky_76
WITH h AS (SELECT APCo, Mth, APTrans, Vendor, VendorGroup FROM APTH WHERE APCo = 1)
SELECT h.Vendor, l.APLine, l.GrossAmt
FROM h JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans

-- name: tricky_77
SELECT h.APRef, d.Gross
FROM APTH h
JOIN (SELECT APCo, Mth, APTrans, SUM(GrossAmt) AS Gross FROM APTL WHERE APCo = 1 GROUP BY APCo, Mth, APTrans) d
  ON d.APCo = h.APCo AND d.Mth = h.Mth AND d.APTrans = h.APTrans
WHERE h.APCo = 1

-- name: tricky_78
WITH lastmonth AS (SELECT APCo, APTrans, MAX(Mth) AS LastMth FROM APTH WHERE APCo = 1 GROUP BY APCo, APTrans)
SELECT l.APLine FROM lastmonth m JOIN APTL l ON l.APCo = m.APCo AND l.APTrans = m.APTrans AND l.Mth = m.LastMth

-- name: tricky_79
SELECT c.Contract, CASE c.ContractStatus WHEN 0 THEN 'Pending' WHEN 1 THEN 'Open' WHEN 2 THEN 'Soft closed' ELSE 'Closed' END AS StatusText
FROM JCCM c WHERE c.JCCo = 1

-- name: tricky_80
WITH hdr AS (SELECT h.APCo AS Co, h.Mth AS Month, h.APTrans AS Trans, v.Name FROM APTH h JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor WHERE h.APCo = 1)
SELECT hdr.Name, l.GrossAmt FROM hdr JOIN APTL l ON l.APCo = hdr.Co AND l.Mth = hdr.Month AND l.APTrans = hdr.Trans
