-- name: jc_open_contracts
DECLARE @JCCo bCompany
SET @JCCo = 1
SELECT c.Contract, c.Description, c.ContractAmt, c.BilledAmt
FROM dbo.JCCM c WITH (NOLOCK)
WHERE c.JCCo = @JCCo AND c.ContractStatus = 1
ORDER BY c.Contract

-- name: jc_contract_items_billed
SELECT c.Contract, i.Item, i.Description, i.ContractAmt, i.BilledAmt
FROM JCCM c
JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract
WHERE c.JCCo = 1
ORDER BY c.Contract, i.Item

-- name: jc_contract_item_totals
SELECT i.JCCo, i.Contract, SUM(i.ContractAmt) AS ContractAmt, SUM(i.BilledAmt) AS Billed
FROM JCCI i
WHERE i.JCCo = 1
GROUP BY i.JCCo, i.Contract
HAVING SUM(i.ContractAmt) > 0

-- name: jc_jobs_by_contract
SELECT j.Job, j.Description, j.JobStatus, c.Description AS ContractDesc
FROM JCJM j
INNER JOIN JCCM c ON c.JCCo = j.JCCo AND c.Contract = j.Contract
WHERE j.JCCo = 1 AND j.JobStatus IN (1, 2)

-- name: jc_cost_detail_actual
DECLARE @JCCo bCompany = 1, @Job bJob = ' 1000-'
SELECT d.Mth, d.CostTrans, d.Phase, d.CostType, d.ActualCost, d.ActualHours
FROM JCCD d
WHERE d.JCCo = @JCCo AND d.Job = @Job AND d.JCTransType NOT IN ('OE', 'CO', 'PF')
ORDER BY d.Mth, d.CostTrans

-- name: jc_cost_by_phase
SELECT d.Job, d.Phase, SUM(d.ActualCost) AS ActualCost
FROM JCCD d
WHERE d.JCCo = 1
GROUP BY d.Job, d.Phase
ORDER BY d.Job, d.Phase

-- name: jc_cost_by_period
SELECT p.Job, p.Mth, SUM(p.ActualCost) AS Actual, SUM(p.CurrEstCost) AS Estimate, SUM(p.ProjCost) AS Projected
FROM JCCP p
WHERE p.JCCo = 1 AND p.Mth BETWEEN '2024-01-01' AND '2024-12-01'
GROUP BY p.Job, p.Mth

-- name: jc_revenue_by_period
SELECT r.Contract, r.Item, r.Mth, r.BilledAmt, r.ReceivedAmt
FROM JCIP r
WHERE r.JCCo = 1 AND r.Mth >= '2024-01-01'

-- name: jc_phase_descriptions
SELECT jp.Job, jp.Phase, jp.Description, pm.Description AS MasterDesc
FROM JCJP jp
JOIN JCPM pm ON pm.PhaseGroup = jp.PhaseGroup AND pm.Phase = jp.Phase
WHERE jp.JCCo = 1 AND jp.ActiveYN = 'Y'

-- name: jc_cost_types
SELECT h.Job, h.Phase, h.CostType, t.Description, h.OrigCost
FROM JCCH h
JOIN JCCT t ON t.PhaseGroup = h.PhaseGroup AND t.CostType = h.CostType
WHERE h.JCCo = 1

-- name: jc_job_phase_cost_header
SELECT jp.Job, jp.Phase, ch.CostType, ch.OrigHours, ch.OrigCost
FROM JCJP jp
JOIN JCCH ch ON ch.JCCo = jp.JCCo AND ch.Job = jp.Job AND ch.PhaseGroup = jp.PhaseGroup AND ch.Phase = jp.Phase
WHERE jp.JCCo = 1

-- name: jc_cte_contract_summary
WITH items AS (
    SELECT JCCo, Contract, SUM(ContractAmt) AS Amt, SUM(BilledAmt) AS Billed
    FROM JCCI
    WHERE JCCo = 1
    GROUP BY JCCo, Contract
)
SELECT c.Contract, c.Description, items.Amt, items.Billed, items.Amt - items.Billed AS Remaining
FROM JCCM c
JOIN items ON items.JCCo = c.JCCo AND items.Contract = c.Contract
WHERE c.JCCo = 1

-- name: jc_two_ctes
WITH cost AS (
    SELECT JCCo, Job, SUM(ActualCost) AS Actual FROM JCCP WHERE JCCo = 1 GROUP BY JCCo, Job
), est AS (
    SELECT JCCo, Job, SUM(OrigCost) AS Orig FROM JCCH WHERE JCCo = 1 GROUP BY JCCo, Job
)
SELECT j.Job, j.Description, cost.Actual, est.Orig
FROM JCJM j
LEFT JOIN cost ON cost.JCCo = j.JCCo AND cost.Job = j.Job
LEFT JOIN est ON est.JCCo = j.JCCo AND est.Job = j.Job
WHERE j.JCCo = 1

-- name: jc_exists_items
SELECT c.Contract, c.Description
FROM JCCM c
WHERE c.JCCo = 1
  AND EXISTS (SELECT 1 FROM JCCI i WHERE i.JCCo = c.JCCo AND i.Contract = c.Contract AND i.BilledAmt = 0)

-- name: jc_not_exists_jobs
SELECT c.Contract
FROM JCCM c
WHERE c.JCCo = 1 AND NOT EXISTS (SELECT * FROM JCJM j WHERE j.JCCo = c.JCCo AND j.Contract = c.Contract)

-- name: jc_in_subquery
SELECT j.Job, j.Description
FROM JCJM j
WHERE j.JCCo = 1 AND j.Contract IN (SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.ContractStatus = 1)

-- name: jc_scalar_subquery
SELECT c.Contract,
       (SELECT COUNT(*) FROM JCJM j WHERE j.JCCo = c.JCCo AND j.Contract = c.Contract) AS Jobs
FROM JCCM c
WHERE c.JCCo = 1

-- name: jc_derived_table
SELECT t.Job, t.Actual
FROM (SELECT JCCo, Job, SUM(ActualCost) AS Actual FROM JCCD WHERE JCCo = 1 GROUP BY JCCo, Job) t
WHERE t.Actual > 10000
ORDER BY t.Actual DESC

-- name: jc_cross_apply_last_cost
SELECT j.Job, last.Mth, last.ActualCost
FROM JCJM j
CROSS APPLY (
    SELECT TOP 1 d.Mth, d.ActualCost
    FROM JCCD d
    WHERE d.JCCo = j.JCCo AND d.Job = j.Job
    ORDER BY d.Mth DESC, d.CostTrans DESC
) last
WHERE j.JCCo = 1

-- name: jc_outer_apply_items
SELECT c.Contract, x.ItemCount
FROM JCCM c
OUTER APPLY (SELECT COUNT(*) AS ItemCount FROM JCCI i WHERE i.JCCo = c.JCCo AND i.Contract = c.Contract) x
WHERE c.JCCo = 1

-- name: jc_window_running_cost
SELECT p.Job, p.Mth, SUM(p.ActualCost) OVER (PARTITION BY p.Job ORDER BY p.Mth) AS RunningCost
FROM JCCP p
WHERE p.JCCo = 1

-- name: jc_window_rank
SELECT c.Contract, c.ContractAmt, RANK() OVER (ORDER BY c.ContractAmt DESC) AS AmtRank,
       ROW_NUMBER() OVER (PARTITION BY c.Department ORDER BY c.Contract) AS rn
FROM JCCM c
WHERE c.JCCo = 1

-- name: jc_case_status
SELECT c.Contract,
       CASE c.ContractStatus WHEN 0 THEN 'Pending' WHEN 1 THEN 'Open' WHEN 2 THEN 'Soft close' ELSE 'Hard close' END AS StatusText
FROM JCCM c
WHERE c.JCCo = 1

-- name: jc_case_searched
SELECT j.Job,
       CASE WHEN j.JobStatus = 1 THEN 'Open' WHEN j.JobStatus IN (2, 3) THEN 'Closed' ELSE 'Pending' END AS StatusGroup
FROM JCJM j
WHERE j.JCCo = 1

-- name: jc_union_open_closed
SELECT Contract, 'Open' AS Kind FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1
UNION
SELECT Contract, 'Closed' FROM JCCM WHERE JCCo = 1 AND ContractStatus IN (2, 3)

-- name: jc_union_all_jobs_contracts
SELECT JCCo, Job AS Code, Description FROM JCJM WHERE JCCo = 1
UNION ALL
SELECT JCCo, Contract, Description FROM JCCM WHERE JCCo = 1
ORDER BY Code

-- name: jc_brackets
SELECT [c].[Contract], [c].[Description], [c].[ContractAmt]
FROM [dbo].[JCCM] AS [c]
WHERE [c].[JCCo] = 1

-- name: jc_bare_nolock
SELECT c.Contract, i.Item
FROM JCCM c (nolock)
JOIN JCCI i (nolock) ON i.JCCo = c.JCCo AND i.Contract = c.Contract
WHERE c.JCCo = 1

-- name: jc_ltrim_codes
SELECT LTRIM(RTRIM(j.Job)) AS Job, LTRIM(RTRIM(j.Contract)) AS Contract, j.Description
FROM JCJM j
WHERE j.JCCo = 1 AND j.JobStatus = 1

-- name: jc_create_view_body
SELECT c.JCCo, c.Contract, c.Description, c.ContractAmt
FROM dbo.JCCM c
WHERE c.ContractStatus = 1 AND c.JCCo = 1

-- name: jc_contract_customer
SELECT c.Contract, a.Name AS Customer
FROM JCCM c
JOIN ARCM a ON a.CustGroup = c.CustGroup AND a.Customer = c.Customer
WHERE c.JCCo = 1

-- name: jc_contract_company
SELECT h.Name AS Company, c.Contract, c.ContractAmt
FROM JCCM c
JOIN HQCO h ON h.HQCo = c.JCCo
WHERE c.JCCo = 1

-- name: jc_department
SELECT c.Contract, dm.Description AS Department
FROM JCCM c
JOIN JCDM dm ON dm.JCCo = c.JCCo AND dm.Department = c.Department
WHERE c.JCCo = 1

-- name: jc_change_orders
SELECT oh.Job, oh.ACO, oh.Description, SUM(oi.ContractAmt) AS Amount
FROM JCOH oh
JOIN JCOI oi ON oi.JCCo = oh.JCCo AND oi.Job = oh.Job AND oi.ACO = oh.ACO
WHERE oh.JCCo = 1
GROUP BY oh.Job, oh.ACO, oh.Description

-- name: jc_cost_vs_estimate
DECLARE @JCCo bCompany = 1, @Mth bMonth = '2024-06-01'
SELECT p.Job, SUM(p.ActualCost) AS Actual, SUM(p.CurrEstCost) AS Est,
       SUM(p.ActualCost) - SUM(p.CurrEstCost) AS Variance
FROM JCCP p
WHERE p.JCCo = @JCCo AND p.Mth <= @Mth
GROUP BY p.Job

-- name: jc_nested_subqueries
SELECT c.Contract
FROM JCCM c
WHERE c.JCCo = 1 AND c.Contract IN (
    SELECT j.Contract FROM JCJM j
    WHERE j.JCCo = 1 AND j.Job IN (SELECT d.Job FROM JCCD d WHERE d.JCCo = 1 AND d.ActualCost > 0)
)

-- name: jc_top_with_order
SELECT TOP 10 c.Contract, c.ContractAmt
FROM JCCM c
WHERE c.JCCo = 1
ORDER BY c.ContractAmt DESC

-- name: jc_isnull_coalesce
SELECT c.Contract, ISNULL(c.BilledAmt, 0) AS Billed, COALESCE(c.ReceivedAmt, 0) AS Received,
       CAST(c.ContractAmt AS numeric(14, 2)) AS Amt, CONVERT(varchar(10), c.StartMonth, 101) AS StartMonth
FROM JCCM c
WHERE c.JCCo = 1

-- name: jc_date_functions
SELECT d.Job, YEAR(d.Mth) AS Yr, MONTH(d.Mth) AS Mo, SUM(d.ActualCost) AS Cost
FROM JCCD d
WHERE d.JCCo = 1 AND d.Mth >= DATEADD(month, -12, GETDATE())
GROUP BY d.Job, YEAR(d.Mth), MONTH(d.Mth)

-- name: jc_like_filter
SELECT c.Contract, c.Description
FROM JCCM c
WHERE c.JCCo = 1 AND c.Description LIKE '%school%' AND c.ActualCloseDate IS NULL

-- name: jc_cost_with_job_and_contract
SELECT c.Contract, j.Job, SUM(d.ActualCost) AS Cost
FROM JCCM c
JOIN JCJM j ON j.JCCo = c.JCCo AND j.Contract = c.Contract
JOIN JCCD d ON d.JCCo = j.JCCo AND d.Job = j.Job
WHERE c.JCCo = 1 AND c.ContractStatus = 1
GROUP BY c.Contract, j.Job

-- name: jc_left_join_costs
SELECT j.Job, ISNULL(SUM(p.ActualCost), 0) AS Actual
FROM JCJM j
LEFT OUTER JOIN JCCP p ON p.JCCo = j.JCCo AND p.Job = j.Job
WHERE j.JCCo = 1
GROUP BY j.Job

-- name: jc_where_join_style
SELECT c.Contract, i.Item, i.ContractAmt
FROM JCCM c, JCCI i
WHERE c.JCCo = i.JCCo AND c.Contract = i.Contract AND c.JCCo = 1

-- name: jc_variable_company_on_both
DECLARE @JCCo bCompany = 1
SELECT c.Contract, i.Item
FROM JCCM c
JOIN JCCI i ON i.Contract = c.Contract
WHERE c.JCCo = @JCCo AND i.JCCo = @JCCo

-- name: jc_distinct_departments
SELECT DISTINCT c.Department
FROM JCCM c
WHERE c.JCCo = 1

-- name: jc_count_by_status
SELECT c.ContractStatus, COUNT(*) AS Contracts
FROM JCCM c
WHERE c.JCCo = 1
GROUP BY c.ContractStatus

-- name: jc_having_count
SELECT j.Contract, COUNT(j.Job) AS Jobs
FROM JCJM j
WHERE j.JCCo = 1
GROUP BY j.Contract
HAVING COUNT(j.Job) > 1

-- name: jc_iif_and_nullif
SELECT c.Contract, IIF(c.ContractAmt = 0, NULL, c.BilledAmt / NULLIF(c.ContractAmt, 0)) AS PctBilled
FROM JCCM c
WHERE c.JCCo = 1

-- name: jc_contract_percent_complete
SELECT i.Contract, i.Item,
       CASE WHEN i.ContractAmt <> 0 THEN i.BilledAmt / i.ContractAmt * 100 ELSE 0 END AS PctBilled
FROM JCCI i
WHERE i.JCCo = 1 AND i.Contract = ' 1000-'

-- name: jc_jobs_certified
SELECT j.Job, j.Description, j.MailCity, j.MailState
FROM JCJM j
WHERE j.JCCo = 1 AND j.Certified = 'Y'

-- name: jc_phase_cost_joined
SELECT d.Job, d.Phase, pm.Description, SUM(d.ActualCost) AS Cost
FROM JCCD d
JOIN JCPM pm ON pm.PhaseGroup = d.PhaseGroup AND pm.Phase = d.Phase
WHERE d.JCCo = 1
GROUP BY d.Job, d.Phase, pm.Description

-- name: jc_cte_rank_top_jobs
WITH ranked AS (
    SELECT p.JCCo, p.Job, SUM(p.ActualCost) AS Actual,
           ROW_NUMBER() OVER (ORDER BY SUM(p.ActualCost) DESC) AS rn
    FROM JCCP p
    WHERE p.JCCo = 1
    GROUP BY p.JCCo, p.Job
)
SELECT r.Job, r.Actual, j.Description
FROM ranked r
JOIN JCJM j ON j.JCCo = r.JCCo AND j.Job = r.Job
WHERE r.rn <= 10

-- name: jc_company_parameters
SELECT co.JCCo, co.GLCo, co.ARCo, h.Name
FROM JCCO co
JOIN HQCO h ON h.HQCo = co.JCCo
WHERE co.JCCo = 1

-- name: jc_revenue_items_period
SELECT i.Contract, i.Item, i.Description, SUM(r.BilledAmt) AS Billed
FROM JCCI i
JOIN JCIP r ON r.JCCo = i.JCCo AND r.Contract = i.Contract AND r.Item = i.Item
WHERE i.JCCo = 1 AND r.Mth BETWEEN '2024-01-01' AND '2024-06-01'
GROUP BY i.Contract, i.Item, i.Description

-- name: jc_semicolons_batch
DECLARE @JCCo bCompany;
SET @JCCo = 1;
SELECT Contract, Description FROM JCCM WHERE JCCo = @JCCo;
SELECT Job, Description FROM JCJM WHERE JCCo = @JCCo;

-- name: jc_go_batches
SELECT Contract FROM JCCM WHERE JCCo = 1
GO
SELECT Job FROM JCJM WHERE JCCo = 1
GO

-- name: jc_temp_table
SELECT JCCo, Job, SUM(ActualCost) AS Actual
INTO #cost
FROM JCCD
WHERE JCCo = 1
GROUP BY JCCo, Job;
SELECT j.Job, j.Description, c.Actual
FROM JCJM j
JOIN #cost c ON c.JCCo = j.JCCo AND c.Job = j.Job
WHERE j.JCCo = 1;

-- name: jc_table_variable
DECLARE @jobs TABLE (JCCo tinyint, Job varchar(10));
INSERT INTO @jobs (JCCo, Job) SELECT JCCo, Job FROM JCJM WHERE JCCo = 1 AND JobStatus = 1;
SELECT d.Job, SUM(d.ActualCost) AS Cost
FROM JCCD d
JOIN @jobs j ON j.JCCo = d.JCCo AND j.Job = d.Job
WHERE d.JCCo = 1
GROUP BY d.Job;

-- name: jc_recursive_free_cte_chain
WITH a AS (SELECT JCCo, Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1),
     b AS (SELECT a.JCCo, a.Contract, i.Item FROM a JOIN JCCI i ON i.JCCo = a.JCCo AND i.Contract = a.Contract)
SELECT b.Contract, COUNT(*) AS Items FROM b GROUP BY b.Contract

-- name: jc_comments
-- open contracts for a company
SELECT c.Contract /* code */, c.Description
FROM JCCM c -- the view
WHERE c.JCCo = 1 /* company */ AND c.ContractStatus = 1

-- name: jc_mixed_case_keywords
select c.Contract, c.Description
from JCCM c with (nolock)
where c.JCCo = 1 and c.ContractStatus in (1, 2)
order by c.Contract
