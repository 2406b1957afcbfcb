-- Multi-join report queries in the shape of production Vista SQL (WIP, cost roll-ups, AP aging with
-- payments, payroll registers, PM change orders, AR by contract, PO/SL/MO by job). Every table and
-- column comes from the schema facts; every join carries its documented path or business key whole,
-- with the company column that path names (an AP line's JCCo to JC, a PO's INCo to IN). All correct.

-- name: rpt_wip_contract_summary
DECLARE @JCCo bCompany = 1, @ThroughMth bMonth = '2024-06-01'
SELECT c.Contract, c.Description, c.ContractAmt,
       SUM(p.ActualCost) AS CostToDate, SUM(p.ProjCost) AS ProjectedCost,
       r.Billed, c.ContractAmt - SUM(p.ProjCost) AS ProjectedMargin
FROM JCCM c WITH (NOLOCK)
JOIN JCJM j WITH (NOLOCK) ON j.JCCo = c.JCCo AND j.Contract = c.Contract
JOIN JCCP p WITH (NOLOCK) ON p.JCCo = j.JCCo AND p.Job = j.Job
LEFT JOIN (SELECT ip.JCCo, ip.Contract, SUM(ip.BilledAmt) AS Billed
           FROM JCIP ip WHERE ip.JCCo = @JCCo AND ip.Mth <= @ThroughMth
           GROUP BY ip.JCCo, ip.Contract) r ON r.JCCo = c.JCCo AND r.Contract = c.Contract
WHERE c.JCCo = @JCCo AND p.Mth <= @ThroughMth AND c.ContractStatus IN (1, 2)
GROUP BY c.Contract, c.Description, c.ContractAmt, r.Billed
ORDER BY c.Contract

-- name: rpt_wip_job_phase_cost_type
DECLARE @JCCo bCompany = 1, @Job bJob = ' 1000-'
SELECT jp.Phase, jp.Description AS PhaseDesc, ch.CostType, ct.Abbreviation,
       ch.OrigCost, SUM(cp.CurrEstCost) AS CurrEst, SUM(cp.ActualCost) AS Actual, SUM(cp.RemainCmtdCost) AS Committed
FROM JCJP jp
JOIN JCCH ch ON ch.JCCo = jp.JCCo AND ch.Job = jp.Job AND ch.PhaseGroup = jp.PhaseGroup AND ch.Phase = jp.Phase
JOIN JCCT ct ON ct.PhaseGroup = ch.PhaseGroup AND ct.CostType = ch.CostType
LEFT JOIN JCCP cp ON cp.JCCo = ch.JCCo AND cp.Job = ch.Job AND cp.PhaseGroup = ch.PhaseGroup
  AND cp.Phase = ch.Phase AND cp.CostType = ch.CostType
WHERE jp.JCCo = @JCCo AND jp.Job = @Job
GROUP BY jp.Phase, jp.Description, ch.CostType, ct.Abbreviation, ch.OrigCost
ORDER BY jp.Phase, ch.CostType

-- name: rpt_cost_detail_with_phase_master
DECLARE @JCCo bCompany = 1
SELECT d.Job, d.Phase, pm.Description AS PhaseDesc, d.CostType, d.Mth, d.ActualCost
FROM JCCD d
JOIN JCJP jp ON jp.JCCo = d.JCCo AND jp.Job = d.Job AND jp.PhaseGroup = d.PhaseGroup AND jp.Phase = d.Phase
JOIN JCPM pm ON pm.PhaseGroup = jp.PhaseGroup AND pm.Phase = jp.Phase
WHERE d.JCCo = @JCCo AND d.JCTransType NOT IN ('OE', 'CO', 'PF') AND d.ActualCost <> 0

-- name: rpt_cost_detail_to_period_totals
SELECT d.Job, d.Phase, d.CostType, d.Mth, SUM(d.ActualCost) AS DetailCost, MAX(p.ActualCost) AS PeriodCost
FROM JCCD d
JOIN JCCP p ON p.JCCo = d.JCCo AND p.Job = d.Job AND p.PhaseGroup = d.PhaseGroup AND p.Phase = d.Phase
  AND p.CostType = d.CostType AND p.Mth = d.Mth
WHERE d.JCCo = 1
GROUP BY d.Job, d.Phase, d.CostType, d.Mth
HAVING SUM(d.ActualCost) <> MAX(p.ActualCost)

-- name: rpt_cost_by_cost_type_pivot
DECLARE @JCCo bCompany = 1
SELECT pv.Job, j.Description, ISNULL(pv.[1], 0) AS Labor, ISNULL(pv.[2], 0) AS Material,
       ISNULL(pv.[3], 0) AS Subcontract, ISNULL(pv.[4], 0) AS Equipment
FROM (SELECT cp.JCCo, cp.Job, cp.CostType, cp.ActualCost FROM JCCP cp WHERE cp.JCCo = @JCCo) AS src
PIVOT (SUM(ActualCost) FOR CostType IN ([1], [2], [3], [4])) AS pv
JOIN JCJM j ON j.JCCo = pv.JCCo AND j.Job = pv.Job
ORDER BY pv.Job

-- name: rpt_star_over_pivot_by_month
SELECT *
FROM (SELECT p.Job, MONTH(p.Mth) AS MonthNo, p.ActualCost FROM JCCP p WHERE p.JCCo = 1 AND YEAR(p.Mth) = 2024) AS s
PIVOT (SUM(ActualCost) FOR MonthNo IN ([1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12])) AS pv
ORDER BY Job

-- name: rpt_star_over_derived_rollup
SELECT *
FROM (SELECT j.JCCo, j.Job, j.Description, SUM(d.ActualCost) AS Cost
      FROM JCJM j JOIN JCCD d ON d.JCCo = j.JCCo AND d.Job = j.Job
      WHERE j.JCCo = 1 GROUP BY j.JCCo, j.Job, j.Description) AS t
WHERE t.Cost > 0
ORDER BY t.Cost DESC

-- name: rpt_over_under_billing
WITH cost AS (
    SELECT j.JCCo, j.Contract, SUM(p.ActualCost) AS Actual, SUM(p.ProjCost) AS Projected
    FROM JCJM j JOIN JCCP p ON p.JCCo = j.JCCo AND p.Job = j.Job
    WHERE j.JCCo = @JCCo
    GROUP BY j.JCCo, j.Contract
), rev AS (
    SELECT i.JCCo, i.Contract, SUM(i.ContractAmt) AS Revenue, SUM(i.BilledAmt) AS Billed
    FROM JCCI i WHERE i.JCCo = @JCCo
    GROUP BY i.JCCo, i.Contract
)
SELECT c.Contract, c.Description, rev.Revenue, cost.Actual, cost.Projected,
       CASE WHEN cost.Projected = 0 THEN 0 ELSE rev.Revenue * cost.Actual / cost.Projected END - rev.Billed AS OverUnder
FROM JCCM c
JOIN rev ON rev.JCCo = c.JCCo AND rev.Contract = c.Contract
LEFT JOIN cost ON cost.JCCo = c.JCCo AND cost.Contract = c.Contract
WHERE c.JCCo = @JCCo AND c.ContractStatus = 1

-- name: rpt_contract_items_with_revenue_by_month
SELECT i.Contract, i.Item, i.Description, ip.Mth, ip.BilledAmt, ip.ReceivedAmt, c.Description AS ContractDesc
FROM JCCM c
JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract
JOIN JCIP ip ON ip.JCCo = i.JCCo AND ip.Contract = i.Contract AND ip.Item = i.Item
WHERE c.JCCo = 1 AND ip.Mth BETWEEN '2024-01-01' AND '2024-12-01'

-- name: rpt_projection_variance_cte_reshaped_keys
WITH est AS (
    SELECT h.JCCo, h.Job, h.PhaseGroup, LTRIM(RTRIM(h.Phase)) AS Phase, h.CostType, h.OrigCost
    FROM JCCH h WHERE h.JCCo = 1 AND h.ActiveYN = 'Y'
)
SELECT est.Job, est.Phase, est.CostType, est.OrigCost, SUM(p.ProjCost) - est.OrigCost AS Variance
FROM est
JOIN JCCP p ON p.JCCo = est.JCCo AND p.Job = est.Job AND p.PhaseGroup = est.PhaseGroup
  AND LTRIM(RTRIM(p.Phase)) = est.Phase AND p.CostType = est.CostType
GROUP BY est.Job, est.Phase, est.CostType, est.OrigCost

-- name: rpt_job_cost_with_vendor_from_ap
DECLARE @JCCo bCompany = 1
SELECT d.Job, d.Phase, d.CostType, d.APRef, v.Name AS VendorName, d.ActualCost
FROM JCCD d
JOIN APVM v ON v.VendorGroup = d.VendorGroup AND v.Vendor = d.Vendor
WHERE d.JCCo = @JCCo AND d.Source = 'AP Entry'

-- name: rpt_change_order_cost_by_job
SELECT oh.Job, oh.ACO, oh.Description, oi.ACOItem, od.Phase, od.CostType, od.EstCost
FROM JCOH oh
JOIN JCOI oi ON oi.JCCo = oh.JCCo AND oi.Job = oh.Job AND oi.ACO = oh.ACO
JOIN JCOD od ON od.JCCo = oi.JCCo AND od.Job = oi.Job AND od.ACO = oi.ACO AND od.ACOItem = oi.ACOItem
JOIN JCCH ch ON ch.JCCo = od.JCCo AND ch.Job = od.Job AND ch.PhaseGroup = od.PhaseGroup AND ch.Phase = od.Phase
  AND ch.CostType = od.CostType
WHERE oh.JCCo = 1

-- name: rpt_last_cost_posting_per_phase
SELECT jp.Job, jp.Phase, lastcost.Mth, lastcost.ActualCost
FROM JCJP jp
OUTER APPLY (SELECT TOP 1 d.Mth, d.ActualCost
             FROM JCCD d
             WHERE d.JCCo = jp.JCCo AND d.Job = jp.Job AND d.PhaseGroup = jp.PhaseGroup AND d.Phase = jp.Phase
             ORDER BY d.Mth DESC, d.CostTrans DESC) lastcost
WHERE jp.JCCo = 1 AND jp.ActiveYN = 'Y'

-- name: rpt_ap_aging_open_by_vendor
DECLARE @APCo bCompany = 1, @AsOf bDate = '2024-06-30'
SELECT v.Vendor, v.Name, h.APRef, h.InvDate,
       SUM(CASE WHEN DATEDIFF(day, d.DueDate, @AsOf) <= 30 THEN d.Amount ELSE 0 END) AS Current30,
       SUM(CASE WHEN DATEDIFF(day, d.DueDate, @AsOf) BETWEEN 31 AND 60 THEN d.Amount ELSE 0 END) AS Days60,
       SUM(CASE WHEN DATEDIFF(day, d.DueDate, @AsOf) > 60 THEN d.Amount ELSE 0 END) AS Over60
FROM APTH h WITH (NOLOCK)
JOIN APTL l WITH (NOLOCK) ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans
JOIN APTD d WITH (NOLOCK) ON d.APCo = l.APCo AND d.Mth = l.Mth AND d.APTrans = l.APTrans AND d.APLine = l.APLine
JOIN APVM v WITH (NOLOCK) ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor
WHERE h.APCo = @APCo AND d.Status IN (1, 2)
GROUP BY v.Vendor, v.Name, h.APRef, h.InvDate
ORDER BY v.Name, h.InvDate

-- name: rpt_ap_paid_invoices_with_checks
DECLARE @APCo bCompany = 1, @PaidMth bMonth = '2024-05-01'
SELECT h.APRef, v.Name, d.PaidDate, d.CMRef, SUM(d.Amount) AS Paid, SUM(d.DiscTaken) AS Discount
FROM APTH h
JOIN APTD d ON d.APCo = h.APCo AND d.Mth = h.Mth AND d.APTrans = h.APTrans
JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor
WHERE h.APCo = @APCo AND d.Status IN (3, 4) AND d.PaidMth = @PaidMth
GROUP BY h.APRef, v.Name, d.PaidDate, d.CMRef

-- name: rpt_ap_lines_coded_to_jobs
DECLARE @APCo bCompany = 1
SELECT h.APRef, h.InvDate, l.APLine, l.JCCo, j.Job, j.Description AS JobDesc, jp.Description AS PhaseDesc, l.GrossAmt
FROM APTH h
JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans
JOIN JCJM j ON j.JCCo = l.JCCo AND j.Job = l.Job
JOIN JCJP jp ON jp.JCCo = l.JCCo AND jp.Job = l.Job AND jp.PhaseGroup = l.PhaseGroup AND jp.Phase = l.Phase
WHERE h.APCo = @APCo AND l.LineType = 1

-- name: rpt_ap_lines_to_equipment_and_inventory
SELECT h.APRef, l.APLine, e.Description AS Equipment, l.INCo, l.Loc, l.Material, l.GrossAmt
FROM APTH h
JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans
LEFT JOIN EMEM e ON e.EMCo = l.EMCo AND e.Equipment = l.Equip
WHERE h.APCo = 1 AND l.LineType IN (2, 4)

-- name: rpt_ap_open_retainage_cte
WITH lines AS (
    SELECT l.APCo, l.Mth, l.APTrans, SUM(l.Retainage) AS Retg, SUM(l.GrossAmt) AS Gross
    FROM APTL l WHERE l.APCo = 1
    GROUP BY l.APCo, l.Mth, l.APTrans
)
SELECT v.Name, h.APRef, lines.Gross, lines.Retg
FROM lines
JOIN APTH h ON h.APCo = lines.APCo AND h.Mth = lines.Mth AND h.APTrans = lines.APTrans
JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor
WHERE lines.Retg <> 0 AND h.OpenYN = 'Y'

-- name: rpt_ap_vendors_of_company_group
DECLARE @APCo bCompany = 1
SELECT v.Vendor, v.Name, v.ActiveYN, MAX(h.InvDate) AS LastInvoice
FROM HQCO hq
JOIN APVM v ON v.VendorGroup = hq.VendorGroup
LEFT JOIN APTH h ON h.APCo = hq.HQCo AND h.VendorGroup = v.VendorGroup AND h.Vendor = v.Vendor
WHERE hq.HQCo = @APCo
GROUP BY v.Vendor, v.Name, v.ActiveYN

-- name: rpt_ap_vendors_without_invoices
SELECT v.Vendor, v.Name
FROM APVM v
WHERE v.VendorGroup = @VendorGroup AND v.ActiveYN = 'Y'
  AND NOT EXISTS (SELECT 1 FROM APTH h WHERE h.APCo = @APCo AND h.VendorGroup = v.VendorGroup AND h.Vendor = v.Vendor)

-- name: rpt_ap_held_detail_per_status_pivot
SELECT pv.APRef, ISNULL(pv.[1], 0) AS OpenAmt, ISNULL(pv.[2], 0) AS HeldAmt, ISNULL(pv.[3], 0) AS PaidAmt
FROM (SELECT h.APRef, d.Status, d.Amount
      FROM APTH h JOIN APTD d ON d.APCo = h.APCo AND d.Mth = h.Mth AND d.APTrans = h.APTrans
      WHERE h.APCo = 1) AS s
PIVOT (SUM(Amount) FOR Status IN ([1], [2], [3])) AS pv

-- name: rpt_ap_invoice_header_cte_full_key
WITH inv AS (SELECT h.APCo, h.Mth, h.APTrans, h.APRef, h.VendorGroup, h.Vendor FROM APTH h WHERE h.APCo = 1 AND h.OpenYN = 'Y')
SELECT inv.APRef, v.Name, l.APLine, l.GrossAmt, d.APSeq, d.Amount, d.DueDate
FROM inv
JOIN APTL l ON l.APCo = inv.APCo AND l.Mth = inv.Mth AND l.APTrans = inv.APTrans
JOIN APTD d ON d.APCo = l.APCo AND d.Mth = l.Mth AND d.APTrans = l.APTrans AND d.APLine = l.APLine
JOIN APVM v ON v.VendorGroup = inv.VendorGroup AND v.Vendor = inv.Vendor

-- name: rpt_payroll_register_earnings
DECLARE @PRCo bCompany = 1, @PRGroup bGroup = 1, @PREndDate bDate = '2024-06-14'
SELECT e.Employee, e.LastName, e.FirstName, t.PostDate, t.EarnCode, ec.Description AS EarnDesc, t.Hours, t.Rate, t.Amt
FROM PRTH t WITH (NOLOCK)
JOIN PREH e WITH (NOLOCK) ON e.PRCo = t.PRCo AND e.Employee = t.Employee
JOIN PREC ec WITH (NOLOCK) ON ec.PRCo = t.PRCo AND ec.EarnCode = t.EarnCode
WHERE t.PRCo = @PRCo AND t.PRGroup = @PRGroup AND t.PREndDate = @PREndDate
ORDER BY e.LastName, e.FirstName, t.PostDate

-- name: rpt_payroll_register_deductions
DECLARE @PRCo bCompany = 1, @PRGroup bGroup = 1, @PREndDate bDate = '2024-06-14'
SELECT e.Employee, e.LastName, dt.EDLCode, dl.Description, dl.DLType, dt.Amount
FROM PRDT dt
JOIN PREH e ON e.PRCo = dt.PRCo AND e.Employee = dt.Employee
JOIN PRDL dl ON dl.PRCo = dt.PRCo AND dl.DLCode = dt.EDLCode
WHERE dt.PRCo = @PRCo AND dt.PRGroup = @PRGroup AND dt.PREndDate = @PREndDate AND dt.EDLType IN ('D', 'L')

-- name: rpt_payroll_check_register
SELECT sq.PaidDate, sq.CMRef, e.LastName, e.FirstName, sq.Hours, sq.Earnings, sq.Dedns, sq.Earnings - sq.Dedns AS NetPay
FROM PRSQ sq
JOIN PREH e ON e.PRCo = sq.PRCo AND e.Employee = sq.Employee
JOIN PRGR g ON g.PRCo = sq.PRCo AND g.PRGroup = sq.PRGroup
WHERE sq.PRCo = 1 AND sq.PaidMth = '2024-06-01'

-- name: rpt_payroll_hours_to_jobs
DECLARE @PRCo bCompany = 1
SELECT t.JCCo, t.Job, j.Description, jp.Description AS PhaseDesc, SUM(t.Hours) AS Hours, SUM(t.Amt) AS Earnings
FROM PRTH t
JOIN JCJM j ON j.JCCo = t.JCCo AND j.Job = t.Job
JOIN JCJP jp ON jp.JCCo = t.JCCo AND jp.Job = t.Job AND jp.PhaseGroup = t.PhaseGroup AND jp.Phase = t.Phase
WHERE t.PRCo = @PRCo AND t.Type = 'J'
GROUP BY t.JCCo, t.Job, j.Description, jp.Description

-- name: rpt_payroll_earnings_pivot_by_type
SELECT pv.Employee, pv.LastName, pv.[1] AS Regular, pv.[2] AS Overtime
FROM (SELECT e.Employee, e.LastName, t.EarnCode, t.Amt
      FROM PRTH t JOIN PREH e ON e.PRCo = t.PRCo AND e.Employee = t.Employee
      WHERE t.PRCo = 1 AND t.PREndDate = '2024-06-14') AS s
PIVOT (SUM(Amt) FOR EarnCode IN ([1], [2])) AS pv

-- name: rpt_payroll_craft_class_hours
SELECT t.Craft, t.Class, cc.Description, COUNT(DISTINCT t.Employee) AS Employees, SUM(t.Hours) AS Hours
FROM PRTH t
JOIN PRCC cc ON cc.PRCo = t.PRCo AND cc.Craft = t.Craft AND cc.Class = t.Class
WHERE t.PRCo = 1 AND t.PREndDate BETWEEN '2024-01-01' AND '2024-06-30'
GROUP BY t.Craft, t.Class, cc.Description

-- name: rpt_payroll_timecards_with_pay_sequence
SELECT t.Employee, t.PaySeq, t.PostSeq, t.Hours, sq.PaidDate, sq.CMRef
FROM PRTH t
JOIN PRSQ sq ON sq.PRCo = t.PRCo AND sq.PRGroup = t.PRGroup AND sq.PREndDate = t.PREndDate
  AND sq.Employee = t.Employee AND sq.PaySeq = t.PaySeq
WHERE t.PRCo = 1 AND t.PRGroup = 1

-- name: rpt_payroll_employee_defaults_cte
WITH emp AS (
    SELECT e.PRCo, e.Employee, e.LastName, ISNULL(e.EarnCode, 1) AS EarnCode, e.PRDept
    FROM PREH e WHERE e.PRCo = @PRCo AND e.ActiveYN = 'Y'
)
SELECT emp.LastName, ec.Description AS DefaultEarnings, dp.Description AS Department
FROM emp
JOIN PREC ec ON ec.PRCo = emp.PRCo AND ec.EarnCode = emp.EarnCode
LEFT JOIN PRDP dp ON dp.PRCo = emp.PRCo AND dp.PRDept = emp.PRDept

-- name: rpt_payroll_deduction_vendors
SELECT dl.DLCode, dl.Description, v.Name AS PayTo
FROM PRDL dl
JOIN APVM v ON v.VendorGroup = dl.VendorGroup AND v.Vendor = dl.Vendor
WHERE dl.PRCo = 1 AND dl.AutoAP = 'Y'

-- name: rpt_pm_pending_change_orders
DECLARE @PMCo bCompany = 1
SELECT op.Project, op.PCOType, op.PCO, op.Description, oi.PCOItem, oi.Description AS ItemDesc, oi.PendingAmount,
       SUM(ol.EstCost) AS EstCost
FROM PMOP op
JOIN PMOI oi ON oi.PMCo = op.PMCo AND oi.Project = op.Project AND oi.PCOType = op.PCOType AND oi.PCO = op.PCO
LEFT JOIN PMOL ol ON ol.PMCo = oi.PMCo AND ol.Project = oi.Project AND ol.PCOType = oi.PCOType AND ol.PCO = oi.PCO
  AND ol.PCOItem = oi.PCOItem AND ol.ACO = oi.ACO AND ol.ACOItem = oi.ACOItem
WHERE op.PMCo = @PMCo
GROUP BY op.Project, op.PCOType, op.PCO, op.Description, oi.PCOItem, oi.Description, oi.PendingAmount

-- name: rpt_pm_change_order_items_to_contract_items
SELECT oi.Project, oi.ACO, oi.ACOItem, oi.ApprovedAmt, ci.Item, ci.Description AS ItemDesc, ci.ContractAmt
FROM PMOI oi
JOIN JCCI ci ON ci.JCCo = oi.PMCo AND ci.Contract = oi.Contract AND ci.Item = oi.ContractItem
WHERE oi.PMCo = 1 AND oi.ACO IS NOT NULL

-- name: rpt_pm_approved_change_orders_by_contract
SELECT c.Contract, c.Description, oh.ACO, oh.Description AS ACODesc, SUM(oi.ApprovedAmt) AS Approved
FROM PMOH oh
JOIN JCCM c ON c.JCCo = oh.PMCo AND c.Contract = oh.Contract
JOIN PMOI oi ON oi.PMCo = oh.PMCo AND oi.Project = oh.Project AND oi.ACO = oh.ACO
WHERE oh.PMCo = 1
GROUP BY c.Contract, c.Description, oh.ACO, oh.Description

-- name: rpt_pm_change_order_lines_isnull_keys_cte
WITH items AS (
    SELECT i.PMCo, i.Project, ISNULL(i.PCOType, '') AS PCOType, ISNULL(i.PCO, '') AS PCO, ISNULL(i.PCOItem, '') AS PCOItem,
           ISNULL(i.ACO, '') AS ACO, ISNULL(i.ACOItem, '') AS ACOItem, i.Description, i.Status
    FROM PMOI i WHERE i.PMCo = @PMCo
)
SELECT items.Project, items.PCO, items.ACO, items.Description, l.Phase, l.CostType, l.EstCost
FROM items
JOIN PMOL l ON l.PMCo = items.PMCo AND l.Project = items.Project AND ISNULL(l.PCOType, '') = items.PCOType
  AND ISNULL(l.PCO, '') = items.PCO AND ISNULL(l.PCOItem, '') = items.PCOItem
  AND ISNULL(l.ACO, '') = items.ACO AND ISNULL(l.ACOItem, '') = items.ACOItem

-- name: rpt_pm_change_order_lines_with_cost_types
SELECT l.Project, l.PCO, l.PCOItem, l.Phase, ct.Description AS CostTypeDesc, l.EstHours, l.EstCost, v.Name AS Vendor
FROM PMOL l
JOIN JCCT ct ON ct.PhaseGroup = l.PhaseGroup AND ct.CostType = l.CostType
LEFT JOIN APVM v ON v.VendorGroup = l.VendorGroup AND v.Vendor = l.Vendor
WHERE l.PMCo = 1 AND l.SendYN = 'Y'

-- name: rpt_pm_markups_per_item_cost_type
SELECT l.Project, l.PCO, l.PCOItem, l.CostType, l.EstCost, m.IntMarkUp, l.EstCost * (1 + m.IntMarkUp) AS WithMarkup
FROM PMOL l
JOIN PMOM m ON m.PMCo = l.PMCo AND m.Project = l.Project AND m.PCOType = l.PCOType AND m.PCO = l.PCO
  AND m.PCOItem = l.PCOItem AND m.PhaseGroup = l.PhaseGroup AND m.CostType = l.CostType
WHERE l.PMCo = 1

-- name: rpt_ar_invoices_by_contract_through_lines
DECLARE @ARCo bCompany = 1
SELECT h.Invoice, h.TransDate, l.ARLine, c.Contract, c.Description AS ContractDesc, i.Description AS ItemDesc, l.Amount
FROM ARTH h
JOIN ARTL l ON l.ARCo = h.ARCo AND l.Mth = h.Mth AND l.ARTrans = h.ARTrans
JOIN JCCM c ON c.JCCo = l.JCCo AND c.Contract = l.Contract
JOIN JCCI i ON i.JCCo = l.JCCo AND i.Contract = l.Contract AND i.Item = l.Item
WHERE h.ARCo = @ARCo AND h.ARTransType = 'I'

-- name: rpt_ar_open_by_customer
SELECT m.Customer, m.Name, h.Invoice, h.DueDate, h.AmountDue, c.Description AS ContractDesc
FROM ARTH h
JOIN ARCM m ON m.CustGroup = h.CustGroup AND m.Customer = h.Customer
LEFT JOIN JCCM c ON c.JCCo = h.JCCo AND c.Contract = h.Contract
WHERE h.ARCo = 1 AND h.ARTransType IN ('I', 'A') AND h.AmountDue <> 0 AND m.Status = 'A'

-- name: rpt_po_items_by_job_with_vendor
SELECT p.PO, p.Description, v.Name AS Vendor, i.POItem, i.Material, j.Description AS JobDesc, i.RemCost
FROM POHD p
JOIN POIT i ON i.POCo = p.POCo AND i.PO = p.PO
LEFT JOIN JCJM j ON j.JCCo = i.JCCo AND j.Job = i.Job
JOIN APVM v ON v.VendorGroup = p.VendorGroup AND v.Vendor = p.Vendor
WHERE p.POCo = 1 AND p.Status = 0

-- name: rpt_subcontracts_by_job_with_vendor
SELECT s.SL, s.Description, v.Name, j.Description AS JobDesc, SUM(it.CurCost) AS CurCost, SUM(it.InvCost) AS Invoiced
FROM SLHD s
JOIN SLIT it ON it.SLCo = s.SLCo AND it.SL = s.SL
JOIN JCJM j ON j.JCCo = s.JCCo AND j.Job = s.Job
JOIN APVM v ON v.VendorGroup = s.VendorGroup AND v.Vendor = s.Vendor
WHERE s.SLCo = 1
GROUP BY s.SL, s.Description, v.Name, j.Description

-- name: rpt_material_orders_with_po_and_sl_on_the_job
SELECT m.MO, m.Description, p.PO, s.SL
FROM INMO m
LEFT JOIN POHD p ON p.JCCo = m.JCCo AND p.Job = m.Job
LEFT JOIN SLHD s ON s.JCCo = m.JCCo AND s.Job = m.Job
WHERE m.INCo = @INCo

-- name: rpt_material_order_items_to_job_phases
SELECT mo.MO, mi.MOItem, mi.Material, jp.Description AS PhaseDesc, mi.TotalPrice
FROM INMO mo
JOIN INMI mi ON mi.INCo = mo.INCo AND mi.MO = mo.MO
JOIN JCJP jp ON jp.JCCo = mi.JCCo AND jp.Job = mi.Job AND jp.PhaseGroup = mi.PhaseGroup AND jp.Phase = mi.Phase
WHERE mo.INCo = 1

-- name: rpt_jobs_per_company_parameters
SELECT co.JCCo, hq.Name, COUNT(*) AS OpenJobs
FROM JCCO co
JOIN HQCO hq ON hq.HQCo = co.JCCo
JOIN JCJM j ON j.JCCo = co.JCCo
WHERE j.JobStatus = 1 AND co.JCCo = @JCCo
GROUP BY co.JCCo, hq.Name

-- name: rpt_latest_projection_row_per_cost_type
SELECT ch.Job, ch.Phase, ch.CostType, p.Mth, p.ProjCost
FROM JCCH ch
JOIN JCCP p ON p.JCCo = ch.JCCo AND p.Job = ch.Job AND p.PhaseGroup = ch.PhaseGroup AND p.Phase = ch.Phase
  AND p.CostType = ch.CostType
  AND p.Mth = (SELECT MAX(x.Mth) FROM JCCP x
               WHERE x.JCCo = ch.JCCo AND x.Job = ch.Job AND x.PhaseGroup = ch.PhaseGroup AND x.Phase = ch.Phase
                 AND x.CostType = ch.CostType)
WHERE ch.JCCo = 1

-- name: rpt_phases_without_cost_anti_join
SELECT jp.Job, jp.Phase, jp.Description
FROM JCJP jp
LEFT JOIN JCCH ch ON ch.JCCo = jp.JCCo AND ch.Job = jp.Job AND ch.PhaseGroup = jp.PhaseGroup AND ch.Phase = jp.Phase
WHERE jp.JCCo = 1 AND ch.CostType IS NULL

-- name: rpt_ap_company_and_job_company_parameters
SELECT h.APRef, l.APLine, l.JCCo, l.Job, jc.GLCo AS JobGLCo
FROM APTH h
JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans
JOIN JCCO jc ON jc.JCCo = l.JCCo
WHERE h.APCo = @APCo AND l.LineType = 1
