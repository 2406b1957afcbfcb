-- name: gl_accounts
SELECT a.GLAcct, a.Description, a.AcctType
FROM GLAC a
WHERE a.GLCo = 1 AND a.Active = 'Y'
ORDER BY a.GLAcct

-- name: gl_expense_accounts
SELECT GLAcct, Description FROM GLAC WHERE GLCo = 1 AND AcctType = 'E'

-- name: gl_detail_by_account
SELECT d.GLAcct, a.Description, SUM(d.Amount) AS Net
FROM GLDT d
JOIN GLAC a ON a.GLCo = d.GLCo AND a.GLAcct = d.GLAcct
WHERE d.GLCo = 1 AND d.Mth BETWEEN '2024-01-01' AND '2024-12-01'
GROUP BY d.GLAcct, a.Description

-- name: gl_journal_totals
SELECT d.Jrnl, j.Description, COUNT(*) AS Entries, SUM(d.Amount) AS Net
FROM GLDT d
JOIN GLJR j ON j.GLCo = d.GLCo AND j.Jrnl = d.Jrnl
WHERE d.GLCo = 1
GROUP BY d.Jrnl, j.Description

-- name: gl_monthly_window
SELECT d.Mth, SUM(d.Amount) AS Net, SUM(SUM(d.Amount)) OVER (ORDER BY d.Mth) AS Cumulative
FROM GLDT d
WHERE d.GLCo = 1 AND d.GLAcct = '1000-000'
GROUP BY d.Mth

-- name: gl_account_parts
SELECT a.Part1, COUNT(*) AS Accounts
FROM GLAC a
WHERE a.GLCo = 1
GROUP BY a.Part1

-- name: pr_active_employees
SELECT e.Employee, e.LastName, e.FirstName, e.HireDate
FROM PREH e
WHERE e.PRCo = 1 AND e.TermDate IS NULL
ORDER BY e.LastName, e.FirstName

-- name: pr_timecards_by_job
SELECT t.Job, SUM(t.Hours) AS Hours, SUM(t.Amt) AS Amount
FROM PRTH t
WHERE t.PRCo = 1 AND t.PREndDate = '2024-06-30'
GROUP BY t.Job

-- name: pr_timecards_with_names
SELECT t.PREndDate, e.LastName, e.FirstName, t.Hours, t.Rate, t.Amt
FROM PRTH t
JOIN PREH e ON e.PRCo = t.PRCo AND e.Employee = t.Employee
WHERE t.PRCo = 1

-- name: pr_timecards_jobs
SELECT t.Employee, j.Description, SUM(t.Hours) AS Hours
FROM PRTH t
JOIN JCJM j ON j.JCCo = t.JCCo AND j.Job = t.Job
WHERE t.PRCo = 1
GROUP BY t.Employee, j.Description

-- name: pr_crafts
SELECT e.Craft, e.Class, COUNT(*) AS Employees, AVG(e.HrlyRate) AS AvgRate
FROM PREH e
WHERE e.PRCo = 1
GROUP BY e.Craft, e.Class

-- name: pr_company
SELECT p.PRCo, p.GLCo, p.JCCo, h.Name FROM PRCO p JOIN HQCO h ON h.HQCo = p.PRCo WHERE p.PRCo = 1

-- name: sl_subcontracts
SELECT s.SL, s.Description, s.Job, v.Name
FROM SLHD s
JOIN APVM v ON v.VendorGroup = s.VendorGroup AND v.Vendor = s.Vendor
WHERE s.SLCo = 1

-- name: sl_items_costs
SELECT s.SL, i.SLItem, i.Description, i.OrigCost, i.CurCost, i.InvCost, i.CurCost - i.InvCost AS Remaining
FROM SLHD s
JOIN SLIT i ON i.SLCo = s.SLCo AND i.SL = s.SL
WHERE s.SLCo = 1

-- name: sl_totals_by_job
SELECT i.Job, SUM(i.CurCost) AS Committed, SUM(i.InvCost) AS Invoiced
FROM SLIT i
WHERE i.SLCo = 1
GROUP BY i.Job

-- name: sl_with_job
SELECT s.SL, j.Description
FROM SLHD s
JOIN JCJM j ON j.JCCo = s.JCCo AND j.Job = s.Job
WHERE s.SLCo = 1

-- name: sl_cte_remaining
WITH rem AS (
    SELECT SLCo, SL, SUM(CurCost - InvCost) AS Remaining FROM SLIT WHERE SLCo = 1 GROUP BY SLCo, SL
)
SELECT h.SL, h.Description, rem.Remaining
FROM SLHD h
JOIN rem ON rem.SLCo = h.SLCo AND rem.SL = h.SL
WHERE rem.Remaining > 0

-- name: po_orders
SELECT p.PO, p.Description, p.OrderDate, v.Name
FROM POHD p
JOIN APVM v ON v.VendorGroup = p.VendorGroup AND v.Vendor = p.Vendor
WHERE p.POCo = 1

-- name: po_items_received
SELECT p.PO, i.POItem, i.Description, i.CurUnits, i.RecvdUnits, i.BOUnits
FROM POHD p
JOIN POIT i ON i.POCo = p.POCo AND i.PO = p.PO
WHERE p.POCo = 1 AND i.RecvYN = 'Y'

-- name: po_items_material
SELECT i.PO, i.POItem, m.Description, i.CurCost
FROM POIT i
JOIN HQMT m ON m.MatlGroup = i.MatlGroup AND m.Material = i.Material
WHERE i.POCo = 1

-- name: po_cost_by_job
SELECT i.Job, SUM(i.CurCost) AS Committed, SUM(i.RecvdCost) AS Received
FROM POIT i
WHERE i.POCo = 1
GROUP BY i.Job

-- name: po_exists_items
SELECT p.PO, p.Description
FROM POHD p
WHERE p.POCo = 1 AND EXISTS (SELECT 1 FROM POIT i WHERE i.POCo = p.POCo AND i.PO = p.PO AND i.BOUnits > 0)

-- name: em_equipment
SELECT e.Equipment, e.Description, e.Manufacturer, e.Model, e.ModelYr
FROM EMEM e
WHERE e.EMCo = 1 AND e.Status = 'A'

-- name: em_equipment_on_jobs
SELECT e.Equipment, e.Description, j.Description AS JobDesc
FROM EMEM e
JOIN JCJM j ON j.JCCo = e.JCCo AND j.Job = e.Job
WHERE e.EMCo = 1

-- name: em_hours_window
SELECT e.Category, e.Equipment, e.HourReading,
       AVG(e.HourReading) OVER (PARTITION BY e.Category) AS CategoryAvg
FROM EMEM e
WHERE e.EMCo = 1

-- name: em_count_by_category
SELECT e.Category, COUNT(*) AS Units
FROM EMEM e
WHERE e.EMCo = 1
GROUP BY e.Category
ORDER BY Units DESC

-- name: jb_bills
SELECT b.BillMonth, b.BillNumber, b.Invoice, b.Contract, b.InvTotal, b.InvDue
FROM JBIN b
WHERE b.JBCo = 1
ORDER BY b.BillMonth, b.BillNumber

-- name: jb_bill_items
SELECT b.Invoice, i.Item, i.AmtBilled, i.RetgBilled, i.AmountDue
FROM JBIN b
JOIN JBIT i ON i.JBCo = b.JBCo AND i.BillMonth = b.BillMonth AND i.BillNumber = b.BillNumber
WHERE b.JBCo = 1

-- name: jb_bills_contract
SELECT c.Contract, c.Description, SUM(b.InvTotal) AS Billed
FROM JBIN b
JOIN JCCM c ON c.JCCo = b.JBCo AND c.Contract = b.Contract
WHERE b.JBCo = 1
GROUP BY c.Contract, c.Description

-- name: jb_bills_customer
SELECT b.Invoice, a.Name
FROM JBIN b
JOIN ARCM a ON a.CustGroup = b.CustGroup AND a.Customer = b.Customer
WHERE b.JBCo = 1

-- name: jb_items_cte
WITH items AS (
    SELECT JBCo, BillMonth, BillNumber, SUM(AmtBilled) AS Amt FROM JBIT WHERE JBCo = 1 GROUP BY JBCo, BillMonth, BillNumber
)
SELECT b.Invoice, items.Amt, b.InvTotal
FROM JBIN b
JOIN items ON items.JBCo = b.JBCo AND items.BillMonth = b.BillMonth AND items.BillNumber = b.BillNumber

-- name: pm_approved_change_orders
SELECT o.Project, o.ACO, o.Description, o.ApprovalDate
FROM PMOH o
WHERE o.PMCo = 1 AND o.ApprovalDate IS NOT NULL

-- name: pm_change_order_items
SELECT i.Project, i.ACO, i.ACOItem, i.Description, i.ApprovedAmt
FROM PMOI i
WHERE i.PMCo = 1 AND i.Approved = 'Y'

-- name: pm_pending_totals
SELECT i.Project, SUM(i.PendingAmount) AS Pending
FROM PMOI i
WHERE i.PMCo = 1 AND i.ACO IS NULL
GROUP BY i.Project

-- name: hq_companies
SELECT HQCo, Name, City, State FROM HQCO ORDER BY HQCo

-- name: hq_company_groups
SELECT h.HQCo, h.Name, h.VendorGroup, h.CustGroup, h.PhaseGroup, h.MatlGroup
FROM HQCO h
WHERE h.HQCo IN (1, 2)

-- name: hq_materials
SELECT m.Material, m.Description, m.StdUM, m.Cost
FROM HQMT m
WHERE m.MatlGroup = 1 AND m.Active = 'Y' AND m.Stocked = 'Y'

-- name: hq_materials_via_company
SELECT m.Material, m.Description
FROM HQCO h
JOIN HQMT m ON m.MatlGroup = h.MatlGroup
WHERE h.HQCo = 1

-- name: mixed_contract_ar_ap
DECLARE @Co bCompany = 1
SELECT c.Contract,
       (SELECT SUM(t.Invoiced) FROM ARTH t WHERE t.ARCo = @Co AND t.JCCo = c.JCCo AND t.Contract = c.Contract) AS ARInvoiced,
       (SELECT SUM(l.GrossAmt) FROM APTL l JOIN JCJM j ON j.JCCo = l.JCCo AND j.Job = l.Job
         WHERE l.APCo = @Co AND j.JCCo = c.JCCo AND j.Contract = c.Contract) AS APCost
FROM JCCM c
WHERE c.JCCo = @Co

-- name: mixed_string_agg
SELECT c.Contract, STRING_AGG(j.Job, ', ') AS Jobs
FROM JCCM c
JOIN JCJM j ON j.JCCo = c.JCCo AND j.Contract = c.Contract
WHERE c.JCCo = 1
GROUP BY c.Contract

-- name: mixed_for_xml_path
SELECT c.Contract,
       STUFF((SELECT ', ' + j.Job FROM JCJM j WHERE j.JCCo = c.JCCo AND j.Contract = c.Contract FOR XML PATH('')), 1, 2, '') AS Jobs
FROM JCCM c
WHERE c.JCCo = 1

-- name: mixed_if_exists
IF EXISTS (SELECT 1 FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1)
    SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1
ELSE
    SELECT 'none' AS Contract

-- name: mixed_set_nocount
SET NOCOUNT ON;
SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED;
SELECT Contract FROM JCCM WHERE JCCo = 1;

-- name: mixed_variables_select_assign
DECLARE @Total bDollar
SELECT @Total = SUM(ContractAmt) FROM JCCM WHERE JCCo = 1
SELECT @Total AS Total

-- name: mixed_cast_dates
SELECT h.APRef, CONVERT(varchar(7), h.Mth, 120) AS Period, DATEPART(year, h.InvDate) AS InvYear
FROM APTH h
WHERE h.APCo = 1 AND h.InvDate >= '2024-01-01T00:00:00'

-- name: mixed_values_derived
SELECT c.Contract, s.Label
FROM JCCM c
JOIN (VALUES (0, 'Pending'), (1, 'Open'), (2, 'Soft close'), (3, 'Hard close')) AS s (Code, Label) ON s.Code = c.ContractStatus
WHERE c.JCCo = 1

-- name: mixed_offset_fetch
SELECT c.Contract, c.Description
FROM JCCM c
WHERE c.JCCo = 1
ORDER BY c.Contract
OFFSET 10 ROWS FETCH NEXT 10 ROWS ONLY

-- name: mixed_top_percent
SELECT TOP 10 PERCENT h.APRef, h.InvTotal
FROM APTH h
WHERE h.APCo = 1
ORDER BY h.InvTotal DESC

-- name: mixed_except
SELECT Contract FROM JCCM WHERE JCCo = 1
EXCEPT
SELECT Contract FROM JCJM WHERE JCCo = 1

-- name: mixed_intersect
SELECT Job FROM JCJM WHERE JCCo = 1
INTERSECT
SELECT Job FROM JCCD WHERE JCCo = 1

-- name: mixed_three_part_name
SELECT c.Contract FROM Viewpoint.dbo.JCCM c WHERE c.JCCo = 1

-- name: mixed_national_strings
SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND c.Description LIKE N'%Hospital%'

-- name: mixed_negative_and_math
SELECT d.Job, SUM(CASE WHEN d.ActualCost < 0 THEN -d.ActualCost ELSE 0 END) AS Credits
FROM JCCD d
WHERE d.JCCo = 1
GROUP BY d.Job

-- name: mixed_between_dates_vars
DECLARE @Start bDate = '2024-01-01', @End bDate = '2024-03-31'
SELECT t.Invoice, t.TransDate FROM ARTH t WHERE t.ARCo = 1 AND t.TransDate BETWEEN @Start AND @End

-- name: mixed_group_by_expression
SELECT LEFT(c.Contract, 3) AS Prefix, COUNT(*) AS N
FROM JCCM c
WHERE c.JCCo = 1
GROUP BY LEFT(c.Contract, 3)

-- name: mixed_order_by_ordinal
SELECT c.Contract, c.ContractAmt FROM JCCM c WHERE c.JCCo = 1 ORDER BY 2 DESC

-- name: mixed_case_in_group
SELECT CASE WHEN c.ContractAmt > 1000000 THEN 'Large' ELSE 'Small' END AS Size, COUNT(*) AS N
FROM JCCM c
WHERE c.JCCo = 1
GROUP BY CASE WHEN c.ContractAmt > 1000000 THEN 'Large' ELSE 'Small' END

-- name: mixed_count_distinct
SELECT COUNT(DISTINCT j.Contract) AS Contracts, COUNT(DISTINCT j.Job) AS Jobs FROM JCJM j WHERE j.JCCo = 1

-- name: mixed_self_join_contracts
SELECT a.Contract, b.Contract AS SameCustomer
FROM JCCM a
JOIN JCCM b ON b.JCCo = a.JCCo AND b.CustGroup = a.CustGroup AND b.Customer = a.Customer AND b.Contract <> a.Contract
WHERE a.JCCo = 1

-- name: mixed_lag_window
SELECT p.Job, p.Mth, SUM(p.ActualCost) AS Cost,
       LAG(SUM(p.ActualCost)) OVER (PARTITION BY p.Job ORDER BY p.Mth) AS PrevCost
FROM JCCP p
WHERE p.JCCo = 1
GROUP BY p.Job, p.Mth
