"""Approved expert queries of the sample: (slug, question, tags, T-SQL).

Written by us against the schema facts and checked by tests/catalog/test_sample_experts.py:
views only, real columns, every key column in joins, a company filter on every
company-keyed table, documented values only.
"""

EXPERTS: list[tuple[str, str, tuple[str, ...], str]] = [
    # -- JC -------------------------------------------------------------------
    (
        "jc_open_contracts_billed",
        "List open contracts with their contract amount and billed to date.",
        ("JC", "contracts"),
        """
DECLARE @JCCo bCompany = 1;

SELECT LTRIM(RTRIM(c.Contract)) AS Contract, c.Description, c.ContractAmt, c.BilledAmt,
       c.ContractAmt - c.BilledAmt AS RemainingToBill
FROM dbo.JCCM c
WHERE c.JCCo = @JCCo
  AND c.ContractStatus = 1  -- 1 = Open
ORDER BY c.Contract;
""",
    ),
    (
        "jc_contract_items",
        "Show the items of a contract with original and current amounts and billed to date.",
        ("JC", "contracts"),
        """
DECLARE @JCCo bCompany = 1, @Contract bContract = ' 1001-';

SELECT i.Item, i.Description, i.OrigContractAmt, i.ContractAmt, i.BilledAmt
FROM JCCM c
JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract
WHERE c.JCCo = @JCCo AND c.Contract = @Contract
ORDER BY i.Item;
""",
    ),
    (
        "jc_jobs_by_status",
        "How many jobs are there in each job status?",
        ("JC", "jobs"),
        """
DECLARE @JCCo bCompany = 1;

SELECT j.JobStatus,
       CASE j.JobStatus WHEN 0 THEN 'Pending' WHEN 1 THEN 'Open' WHEN 2 THEN 'Soft close' WHEN 3 THEN 'Hard close' END AS StatusName,
       COUNT(*) AS Jobs
FROM JCJM j
WHERE j.JCCo = @JCCo
GROUP BY j.JobStatus
ORDER BY j.JobStatus;
""",
    ),
    (
        "jc_active_job_phases",
        "List the active phases of a job with the phase master description.",
        ("JC", "phases"),
        """
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT LTRIM(RTRIM(p.Phase)) AS Phase, p.Description AS JobPhaseDescription, pm.Description AS MasterDescription
FROM JCJP p
JOIN JCPM pm ON pm.PhaseGroup = p.PhaseGroup AND pm.Phase = p.Phase
WHERE p.JCCo = @JCCo AND p.Job = @Job AND p.ActiveYN = 'Y'
ORDER BY p.Phase;
""",
    ),
    (
        "jc_actual_cost_by_month",
        "What is the actual cost of a job by month this year?",
        ("JC", "cost", "by month"),
        """
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT d.Mth, SUM(d.ActualCost) AS ActualCost
FROM JCCD d WITH (NOLOCK)
WHERE d.JCCo = @JCCo
  AND d.Job = @Job
  AND d.JCTransType NOT IN ('OE', 'CO', 'PF')  -- estimates and projections are not actual cost
  AND d.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY d.Mth
ORDER BY d.Mth;
""",
    ),
    (
        "jc_actual_cost_by_cost_type",
        "Break down a job's actual cost by cost type with the cost type description.",
        ("JC", "cost"),
        """
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT d.CostType, ct.Description AS CostTypeDescription, SUM(d.ActualCost) AS ActualCost, SUM(d.ActualHours) AS ActualHours
FROM JCCD d
JOIN JCCT ct ON ct.PhaseGroup = d.PhaseGroup AND ct.CostType = d.CostType
WHERE d.JCCo = @JCCo AND d.Job = @Job
  AND d.JCTransType NOT IN ('OE', 'CO', 'PF')
GROUP BY d.CostType, ct.Description
ORDER BY d.CostType;
""",
    ),
    (
        "jc_estimate_vs_actual_by_phase",
        "Compare original estimate, current estimate and actual cost by phase for a job.",
        ("JC", "cost", "estimates"),
        """
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT LTRIM(RTRIM(cp.Phase)) AS Phase,
       SUM(cp.OrigEstCost) AS OriginalEstimate,
       SUM(cp.CurrEstCost) AS CurrentEstimate,
       SUM(cp.ActualCost) AS ActualCost,
       SUM(cp.CurrEstCost) - SUM(cp.ActualCost) AS RemainingBudget
FROM JCCP cp
WHERE cp.JCCo = @JCCo AND cp.Job = @Job
GROUP BY cp.Phase
ORDER BY cp.Phase;
""",
    ),
    (
        "jc_cost_headers_with_phase",
        "List the cost headers of a job with the phase description and original estimated cost.",
        ("JC", "phases", "estimates"),
        """
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT LTRIM(RTRIM(h.Phase)) AS Phase, p.Description AS PhaseDescription, h.CostType, h.UM, h.OrigHours, h.OrigUnits, h.OrigCost
FROM JCJP p
JOIN JCCH h ON h.JCCo = p.JCCo AND h.Job = p.Job AND h.PhaseGroup = p.PhaseGroup AND h.Phase = p.Phase
WHERE p.JCCo = @JCCo AND p.Job = @Job
ORDER BY h.Phase, h.CostType;
""",
    ),
    (
        "jc_contract_billed_by_month",
        "How much was billed on a contract in each month?",
        ("JC", "contracts", "by month", "revenue"),
        """
DECLARE @JCCo bCompany = 1, @Contract bContract = ' 1001-';

SELECT ip.Mth, SUM(ip.BilledAmt) AS BilledAmt, SUM(ip.ReceivedAmt) AS ReceivedAmt
FROM JCIP ip
WHERE ip.JCCo = @JCCo AND ip.Contract = @Contract
GROUP BY ip.Mth
ORDER BY ip.Mth;
""",
    ),
    (
        "jc_contracts_with_customer",
        "Show each contract with its customer's name.",
        ("JC", "AR", "contracts", "customers"),
        """
DECLARE @JCCo bCompany = 1;

SELECT LTRIM(RTRIM(c.Contract)) AS Contract, c.Description, cu.Name AS CustomerName, c.ContractAmt
FROM JCCM c
LEFT JOIN ARCM cu ON cu.CustGroup = c.CustGroup AND cu.Customer = c.Customer
WHERE c.JCCo = @JCCo
ORDER BY c.Contract;
""",
    ),
    (
        "jc_jobs_of_open_contracts",
        "Which jobs belong to each open contract?",
        ("JC", "jobs", "contracts"),
        """
DECLARE @JCCo bCompany = 1;

SELECT LTRIM(RTRIM(c.Contract)) AS Contract, LTRIM(RTRIM(j.Job)) AS Job, j.Description AS JobDescription, j.JobStatus
FROM JCCM c
JOIN JCJM j ON j.JCCo = c.JCCo AND j.Contract = c.Contract
WHERE c.JCCo = @JCCo AND c.ContractStatus = 1
ORDER BY c.Contract, j.Job;
""",
    ),
    (
        "jc_remaining_committed_by_job",
        "What is the remaining committed cost on each open job?",
        ("JC", "commitments"),
        """
DECLARE @JCCo bCompany = 1;

SELECT LTRIM(RTRIM(j.Job)) AS Job, j.Description, SUM(cp.RemainCmtdCost) AS RemainingCommitted
FROM JCJM j
JOIN JCCP cp ON cp.JCCo = j.JCCo AND cp.Job = j.Job
WHERE j.JCCo = @JCCo AND j.JobStatus = 1
GROUP BY j.Job, j.Description
HAVING SUM(cp.RemainCmtdCost) <> 0
ORDER BY RemainingCommitted DESC;
""",
    ),
    (
        "jc_jobs_projected_over_estimate",
        "Which jobs are projected to finish over their current estimate?",
        ("JC", "projections"),
        """
DECLARE @JCCo bCompany = 1;

WITH totals AS (
    SELECT cp.Job, SUM(cp.CurrEstCost) AS CurrEstCost, SUM(cp.ProjCost) AS ProjCost
    FROM JCCP cp
    WHERE cp.JCCo = @JCCo
    GROUP BY cp.Job
)
SELECT LTRIM(RTRIM(t.Job)) AS Job, t.CurrEstCost, t.ProjCost, t.ProjCost - t.CurrEstCost AS OverEstimate
FROM totals t
WHERE t.ProjCost > t.CurrEstCost
ORDER BY OverEstimate DESC;
""",
    ),
    (
        "jc_approved_change_orders",
        "List the approved change orders of a job with their total contract amount.",
        ("JC", "change orders"),
        """
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT h.ACO, h.Description, h.ApprovalDate, SUM(i.ContractAmt) AS ContractAmt
FROM JCOH h
JOIN JCOI i ON i.JCCo = h.JCCo AND i.Job = h.Job AND i.ACO = h.ACO
WHERE h.JCCo = @JCCo AND h.Job = @Job
GROUP BY h.ACO, h.Description, h.ApprovalDate
ORDER BY h.ACO;
""",
    ),
    (
        "jc_ap_cost_by_vendor",
        "Which vendors charged cost to a job through AP, and how much?",
        ("JC", "AP", "vendors", "cost"),
        """
DECLARE @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT v.Vendor, v.Name, SUM(d.ActualCost) AS ActualCost
FROM JCCD d
JOIN APVM v ON v.VendorGroup = d.VendorGroup AND v.Vendor = d.Vendor
WHERE d.JCCo = @JCCo AND d.Job = @Job AND d.JCTransType = 'AP'
GROUP BY v.Vendor, v.Name
ORDER BY ActualCost DESC;
""",
    ),
    (
        "jc_contracts_left_to_bill",
        "Which open or soft-closed contracts still have an amount left to bill?",
        ("JC", "contracts"),
        """
DECLARE @JCCo bCompany = 1;

SELECT LTRIM(RTRIM(Contract)) AS Contract, Description, ContractAmt, BilledAmt, ContractAmt - BilledAmt AS LeftToBill
FROM JCCM WITH (NOLOCK)
WHERE JCCo = @JCCo
  AND ContractStatus IN (1, 2)
  AND ContractAmt > BilledAmt
ORDER BY LeftToBill DESC;
""",
    ),
    (
        "jc_hours_by_employee",
        "How many actual hours did each employee post to a job?",
        ("JC", "PR", "employees"),
        """
DECLARE @JCCo bCompany = 1, @PRCo bCompany = 1, @Job bJob = ' 22896-';

SELECT e.Employee, e.LastName, e.FirstName, SUM(d.ActualHours) AS Hours
FROM JCCD d
JOIN PREH e ON e.PRCo = d.PRCo AND e.Employee = d.Employee
WHERE d.JCCo = @JCCo AND d.Job = @Job AND d.JCTransType = 'PR' AND e.PRCo = @PRCo
GROUP BY e.Employee, e.LastName, e.FirstName
ORDER BY Hours DESC;
""",
    ),
    (
        "jc_contract_item_revenue_ytd",
        "Show billed revenue by contract item for the current year.",
        ("JC", "revenue", "by month"),
        """
DECLARE @JCCo bCompany = 1, @Contract bContract = ' 1001-', @FromMth bMonth = DATEFROMPARTS(YEAR(GETDATE()), 1, 1);

SELECT i.Item, i.Description, SUM(ip.BilledAmt) AS BilledYTD
FROM JCCI i
JOIN JCIP ip ON ip.JCCo = i.JCCo AND ip.Contract = i.Contract AND ip.Item = i.Item
WHERE i.JCCo = @JCCo AND i.Contract = @Contract AND ip.Mth >= @FromMth
GROUP BY i.Item, i.Description
ORDER BY i.Item;
""",
    ),
    # -- JB -------------------------------------------------------------------
    (
        "jb_bills_for_month",
        "List the progress bills of a billing month with their invoice totals.",
        ("JB", "billing"),
        """
DECLARE @JBCo bCompany = 1, @BillMonth bMonth = '2024-05-01';

SELECT b.BillNumber, b.Invoice, LTRIM(RTRIM(b.Contract)) AS Contract, b.InvDate, b.InvTotal, b.InvRetg, b.InvDue
FROM JBIN b
WHERE b.JBCo = @JBCo AND b.BillMonth = @BillMonth
ORDER BY b.BillNumber;
""",
    ),
    (
        "jb_bill_items",
        "Show the items billed on a progress bill.",
        ("JB", "billing"),
        """
DECLARE @JBCo bCompany = 1, @BillMonth bMonth = '2024-05-01', @BillNumber int = 12;

SELECT t.Item, t.Description, t.UnitsBilled, t.AmtBilled, t.RetgBilled, t.AmountDue
FROM JBIN b
JOIN JBIT t ON t.JBCo = b.JBCo AND t.BillMonth = b.BillMonth AND t.BillNumber = b.BillNumber
WHERE b.JBCo = @JBCo AND b.BillMonth = @BillMonth AND b.BillNumber = @BillNumber
ORDER BY t.Item;
""",
    ),
    (
        "jb_billed_by_contract",
        "How much has been billed per contract through job billing this year?",
        ("JB", "contracts", "billing"),
        """
DECLARE @JBCo bCompany = 1;

SELECT LTRIM(RTRIM(b.Contract)) AS Contract, COUNT(*) AS Bills, SUM(b.InvTotal) AS InvTotal
FROM JBIN b
WHERE b.JBCo = @JBCo AND b.BillMonth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY b.Contract
ORDER BY InvTotal DESC;
""",
    ),
    (
        "jb_bills_with_customer",
        "List recent progress bills with the customer's name.",
        ("JB", "AR", "customers"),
        """
DECLARE @JBCo bCompany = 1;

SELECT TOP (50) b.BillMonth, b.BillNumber, b.Invoice, c.Name AS Customer, b.InvTotal
FROM JBIN b
JOIN ARCM c ON c.CustGroup = b.CustGroup AND c.Customer = b.Customer
WHERE b.JBCo = @JBCo
ORDER BY b.BillMonth DESC, b.BillNumber DESC;
""",
    ),
    (
        "jb_retainage_by_contract",
        "What retainage has been billed and released on each contract through job billing?",
        ("JB", "retainage"),
        """
DECLARE @JBCo bCompany = 1;

SELECT LTRIM(RTRIM(b.Contract)) AS Contract, SUM(t.RetgBilled) AS RetainageBilled, SUM(t.RetgRel) AS RetainageReleased
FROM JBIN b
JOIN JBIT t ON t.JBCo = b.JBCo AND t.BillMonth = b.BillMonth AND t.BillNumber = b.BillNumber
WHERE b.JBCo = @JBCo
GROUP BY b.Contract
ORDER BY b.Contract;
""",
    ),
    # -- AP -------------------------------------------------------------------
    (
        "ap_open_invoices_for_vendor",
        "Show a vendor's open AP invoices.",
        ("AP", "vendors", "invoices"),
        """
DECLARE @APCo bCompany = 1, @Vendor bVendor = 1200;

SELECT h.Mth, h.APTrans, h.APRef, h.InvDate, h.DueDate, h.InvTotal, v.Name AS VendorName
FROM APTH h
JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor
WHERE h.APCo = @APCo AND h.Vendor = @Vendor AND h.OpenYN = 'Y'
ORDER BY h.DueDate;
""",
    ),
    (
        "ap_invoice_lines",
        "List the lines of an AP invoice.",
        ("AP", "invoices"),
        """
DECLARE @APCo bCompany = 1, @Mth bMonth = '2024-05-01', @APTrans bTrans = 345;

SELECT l.APLine, l.LineType, l.Description, LTRIM(RTRIM(l.Job)) AS Job, l.GLAcct, l.GrossAmt, l.TaxAmt, l.Retainage
FROM APTH h
JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans
WHERE h.APCo = @APCo AND h.Mth = @Mth AND h.APTrans = @APTrans
ORDER BY l.APLine;
""",
    ),
    (
        "ap_unpaid_by_vendor",
        "How much does each vendor have open or on hold in AP?",
        ("AP", "vendors", "payables"),
        """
DECLARE @APCo bCompany = 1;

SELECT v.Vendor, v.Name, SUM(d.Amount) AS Unpaid
FROM APTH h
JOIN APTD d ON d.APCo = h.APCo AND d.Mth = h.Mth AND d.APTrans = h.APTrans
JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor
WHERE h.APCo = @APCo
  AND d.Status IN (1, 2)  -- 1 = Open, 2 = Hold
GROUP BY v.Vendor, v.Name
ORDER BY Unpaid DESC;
""",
    ),
    (
        "ap_detail_on_hold",
        "Which AP payment lines are on hold?",
        ("AP", "payables"),
        """
DECLARE @APCo bCompany = 1;

SELECT d.Mth, d.APTrans, d.APLine, d.APSeq, d.Amount, d.DueDate
FROM APTD d WITH (NOLOCK)
WHERE d.APCo = @APCo AND d.Status = 2
ORDER BY d.DueDate;
""",
    ),
    (
        "ap_invoiced_by_month",
        "Total AP invoice amount entered per month this year.",
        ("AP", "by month", "invoices"),
        """
DECLARE @APCo bCompany = 1;

SELECT h.Mth, COUNT(*) AS Invoices, SUM(h.InvTotal) AS InvTotal
FROM APTH h
WHERE h.APCo = @APCo AND h.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY h.Mth
ORDER BY h.Mth;
""",
    ),
    (
        "ap_top_vendors",
        "Who are our top ten vendors by invoiced amount this year?",
        ("AP", "vendors"),
        """
DECLARE @APCo bCompany = 1;

SELECT TOP (10) v.Vendor, v.Name, SUM(h.InvTotal) AS Invoiced
FROM APTH h
JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor
WHERE h.APCo = @APCo AND h.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY v.Vendor, v.Name
ORDER BY Invoiced DESC;
""",
    ),
    (
        "ap_lines_for_job",
        "Which AP invoice lines were charged to a job?",
        ("AP", "JC", "jobs"),
        """
DECLARE @APCo bCompany = 1, @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT h.Mth, h.APTrans, h.APRef, h.Vendor, l.APLine, LTRIM(RTRIM(l.Phase)) AS Phase, l.JCCType, l.GrossAmt
FROM APTH h
JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans
WHERE h.APCo = @APCo AND l.JCCo = @JCCo AND l.Job = @Job
  AND l.LineType = 1  -- 1 = Job
ORDER BY h.Mth, h.APTrans, l.APLine;
""",
    ),
    (
        "ap_paid_in_month",
        "What was paid to vendors in a given month?",
        ("AP", "payments", "by month"),
        """
DECLARE @APCo bCompany = 1, @PaidMth bMonth = '2024-05-01';

SELECT h.Vendor, SUM(d.Amount) AS Paid, SUM(d.DiscTaken) AS DiscountTaken
FROM APTD d
JOIN APTH h ON h.APCo = d.APCo AND h.Mth = d.Mth AND h.APTrans = d.APTrans
WHERE d.APCo = @APCo AND d.Status = 3 AND d.PaidMth = @PaidMth
GROUP BY h.Vendor
ORDER BY Paid DESC;
""",
    ),
    (
        "ap_active_vendors",
        "List the active vendors of a company's vendor group.",
        ("AP", "HQ", "vendors"),
        """
DECLARE @APCo bCompany = 1;

-- vendors are keyed by vendor group, which the company's HQCO row names
SELECT v.Vendor, v.Name, v.City, v.State, v.Phone
FROM APVM v
WHERE v.VendorGroup = (SELECT co.VendorGroup FROM HQCO co WHERE co.HQCo = @APCo)
  AND v.ActiveYN = 'Y'
ORDER BY v.SortName;
""",
    ),
    (
        "ap_checks_for_month",
        "List the AP checks and payments made in a month.",
        ("AP", "payments"),
        """
DECLARE @APCo bCompany = 1, @PaidMth bMonth = '2024-05-01';

SELECT p.CMRef, p.PayMethod, p.PaidDate, p.Name, p.Amount, p.VoidYN
FROM APPH p
WHERE p.APCo = @APCo AND p.PaidMth = @PaidMth
ORDER BY p.PaidDate, p.CMRef;
""",
    ),
    (
        "ap_invoice_aging",
        "Age the open AP invoices into 30-day buckets by due date.",
        ("AP", "aging"),
        """
DECLARE @APCo bCompany = 1, @AsOf bDate = CAST(GETDATE() AS date);

WITH open_invoices AS (
    SELECT h.Vendor, h.InvTotal, DATEDIFF(day, h.DueDate, @AsOf) AS DaysPastDue
    FROM APTH h
    WHERE h.APCo = @APCo AND h.OpenYN = 'Y'
)
SELECT Vendor,
       SUM(CASE WHEN DaysPastDue <= 0 THEN InvTotal ELSE 0 END) AS NotDue,
       SUM(CASE WHEN DaysPastDue BETWEEN 1 AND 30 THEN InvTotal ELSE 0 END) AS Days1To30,
       SUM(CASE WHEN DaysPastDue BETWEEN 31 AND 60 THEN InvTotal ELSE 0 END) AS Days31To60,
       SUM(CASE WHEN DaysPastDue > 60 THEN InvTotal ELSE 0 END) AS Over60
FROM open_invoices
GROUP BY Vendor
ORDER BY Vendor;
""",
    ),
    # -- AR -------------------------------------------------------------------
    (
        "ar_invoices_for_customer",
        "List a customer's AR invoices with the amount still due.",
        ("AR", "customers", "invoices"),
        """
DECLARE @ARCo bCompany = 1, @Customer bCustomer = 2050;

SELECT t.Mth, t.ARTrans, t.Invoice, t.TransDate, t.DueDate, t.Invoiced, t.AmountDue, c.Name
FROM ARTH t
JOIN ARCM c ON c.CustGroup = t.CustGroup AND c.Customer = t.Customer
WHERE t.ARCo = @ARCo AND t.Customer = @Customer AND t.ARTransType = 'I'  -- I = Invoice
ORDER BY t.TransDate;
""",
    ),
    (
        "ar_customers_on_hold",
        "Which customers are on hold?",
        ("AR", "customers"),
        """
SELECT c.CustGroup, c.Customer, c.Name, c.CreditLimit
FROM ARCM c
WHERE c.CustGroup = (SELECT h.CustGroup FROM HQCO h WHERE h.HQCo = 1)
  AND c.Status = 'H'  -- H = Hold
ORDER BY c.Name;
""",
    ),
    (
        "ar_payments_by_month",
        "How much did customers pay us each month this year?",
        ("AR", "payments", "by month"),
        """
DECLARE @ARCo bCompany = 1;

SELECT t.Mth, SUM(t.Paid) AS Paid
FROM ARTH t
WHERE t.ARCo = @ARCo AND t.ARTransType = 'P'  -- P = Payment
  AND t.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY t.Mth
ORDER BY t.Mth;
""",
    ),
    (
        "ar_invoice_lines",
        "Show the lines of an AR invoice.",
        ("AR", "invoices"),
        """
DECLARE @ARCo bCompany = 1, @Mth bMonth = '2024-05-01', @ARTrans bTrans = 77;

SELECT l.ARLine, l.Description, l.GLAcct, l.Amount, l.TaxAmount, l.Retainage
FROM ARTH t
JOIN ARTL l ON l.ARCo = t.ARCo AND l.Mth = t.Mth AND l.ARTrans = t.ARTrans
WHERE t.ARCo = @ARCo AND t.Mth = @Mth AND t.ARTrans = @ARTrans
ORDER BY l.ARLine;
""",
    ),
    (
        "ar_amount_due_by_customer",
        "What is the total amount due per customer on AR invoices?",
        ("AR", "customers", "receivables"),
        """
DECLARE @ARCo bCompany = 1;

SELECT c.Customer, c.Name, SUM(t.AmountDue) AS AmountDue
FROM ARTH t WITH (NOLOCK)
JOIN ARCM c WITH (NOLOCK) ON c.CustGroup = t.CustGroup AND c.Customer = t.Customer
WHERE t.ARCo = @ARCo AND t.ARTransType = 'I'
GROUP BY c.Customer, c.Name
HAVING SUM(t.AmountDue) > 0
ORDER BY AmountDue DESC;
""",
    ),
    (
        "ar_invoices_for_contract",
        "List the AR invoices posted against a contract.",
        ("AR", "JC", "contracts"),
        """
DECLARE @ARCo bCompany = 1, @JCCo bCompany = 1, @Contract bContract = ' 1001-';

SELECT t.Mth, t.ARTrans, t.Invoice, t.TransDate, t.Invoiced, t.Retainage, c.Description AS ContractDescription
FROM ARTH t
JOIN JCCM c ON c.JCCo = t.JCCo AND c.Contract = t.Contract
WHERE t.ARCo = @ARCo AND c.JCCo = @JCCo AND c.Contract = @Contract AND t.ARTransType = 'I'
ORDER BY t.Mth, t.ARTrans;
""",
    ),
    (
        "ar_transactions_by_type",
        "Count AR transactions by transaction type this year.",
        ("AR",),
        """
DECLARE @ARCo bCompany = 1;

SELECT t.ARTransType,
       CASE t.ARTransType WHEN 'I' THEN 'Invoice' WHEN 'P' THEN 'Payment' WHEN 'C' THEN 'Credit memo'
            WHEN 'A' THEN 'Adjustment' WHEN 'W' THEN 'Write-off' WHEN 'F' THEN 'Finance charge'
            WHEN 'R' THEN 'Release retainage' WHEN 'M' THEN 'Misc receipt' WHEN 'V' THEN 'Void' END AS TypeName,
       COUNT(*) AS Transactions
FROM ARTH t
WHERE t.ARCo = @ARCo AND t.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY t.ARTransType
ORDER BY Transactions DESC;
""",
    ),
    # -- GL -------------------------------------------------------------------
    (
        "gl_active_expense_accounts",
        "List the active expense accounts in the general ledger.",
        ("GL", "accounts"),
        """
DECLARE @GLCo bCompany = 1;

SELECT a.GLAcct, a.Description, a.SubType
FROM GLAC a
WHERE a.GLCo = @GLCo AND a.AcctType = 'E' AND a.Active = 'Y'
ORDER BY a.GLAcct;
""",
    ),
    (
        "gl_account_activity_by_month",
        "Show net activity by month for a GL account this year.",
        ("GL", "by month", "balances"),
        """
DECLARE @GLCo bCompany = 1, @GLAcct bGLAcct = '4000-00-000';

SELECT b.Mth, b.Debits, b.Credits, b.NetActivity
FROM GLBL b
WHERE b.GLCo = @GLCo AND b.GLAcct = @GLAcct
  AND b.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
ORDER BY b.Mth;
""",
    ),
    (
        "gl_detail_for_journal",
        "List the GL detail posted to a journal in a month.",
        ("GL", "journals"),
        """
DECLARE @GLCo bCompany = 1, @Mth bMonth = '2024-05-01', @Jrnl bJrnl = 'AP';

SELECT d.GLTrans, d.GLAcct, d.GLRef, d.ActDate, d.Description, d.Amount
FROM GLDT d
WHERE d.GLCo = @GLCo AND d.Mth = @Mth AND d.Jrnl = @Jrnl
ORDER BY d.GLTrans;
""",
    ),
    (
        "gl_trial_balance",
        "Produce a trial balance of debits and credits by account for the year to date.",
        ("GL", "balances"),
        """
DECLARE @GLCo bCompany = 1, @FromMth bMonth = DATEFROMPARTS(YEAR(GETDATE()), 1, 1);

SELECT a.GLAcct, a.Description, a.AcctType, SUM(b.Debits) AS Debits, SUM(b.Credits) AS Credits, SUM(b.NetActivity) AS Net
FROM GLAC a
JOIN GLBL b ON b.GLCo = a.GLCo AND b.GLAcct = a.GLAcct
WHERE a.GLCo = @GLCo AND b.Mth >= @FromMth
GROUP BY a.GLAcct, a.Description, a.AcctType
ORDER BY a.GLAcct;
""",
    ),
    (
        "gl_journals",
        "Which GL journals are set up, and which are reversing?",
        ("GL", "journals"),
        """
DECLARE @GLCo bCompany = 1;

SELECT j.Jrnl, j.Description, j.Rev, j.RevJrnl
FROM GLJR j
WHERE j.GLCo = @GLCo
ORDER BY j.Jrnl;
""",
    ),
    (
        "gl_revenue_accounts_net",
        "What is the net activity on income accounts by month?",
        ("GL", "by month"),
        """
DECLARE @GLCo bCompany = 1;

SELECT b.Mth, SUM(b.NetActivity) AS NetIncomeActivity
FROM GLBL b
JOIN GLAC a ON a.GLCo = b.GLCo AND a.GLAcct = b.GLAcct
WHERE b.GLCo = @GLCo AND a.AcctType = 'I'
GROUP BY b.Mth
ORDER BY b.Mth;
""",
    ),
    # -- PR -------------------------------------------------------------------
    (
        "pr_active_employees",
        "List the active employees with their craft and class.",
        ("PR", "employees"),
        """
DECLARE @PRCo bCompany = 1;

SELECT e.Employee, e.LastName, e.FirstName, e.Craft, e.Class, e.HireDate
FROM PREH e
WHERE e.PRCo = @PRCo AND e.ActiveYN = 'Y'
ORDER BY e.SortName;
""",
    ),
    (
        "pr_timecard_hours_by_job",
        "How many timecard hours were posted to each job for a pay period?",
        ("PR", "JC", "timecards"),
        """
DECLARE @PRCo bCompany = 1, @PREndDate bDate = '2024-05-05';

SELECT LTRIM(RTRIM(t.Job)) AS Job, SUM(t.Hours) AS Hours, SUM(t.Amt) AS Earnings
FROM PRTH t
WHERE t.PRCo = @PRCo AND t.PREndDate = @PREndDate AND t.Job IS NOT NULL
GROUP BY t.Job
ORDER BY Hours DESC;
""",
    ),
    (
        "pr_hours_by_earn_code",
        "Show each employee's hours by earnings code for a pay period.",
        ("PR", "timecards"),
        """
DECLARE @PRCo bCompany = 1, @PRGroup bGroup = 1, @PREndDate bDate = '2024-05-05';

SELECT t.Employee, e.LastName, e.FirstName, t.EarnCode, SUM(t.Hours) AS Hours
FROM PRTH t
JOIN PREH e ON e.PRCo = t.PRCo AND e.Employee = t.Employee
WHERE t.PRCo = @PRCo AND t.PRGroup = @PRGroup AND t.PREndDate = @PREndDate
GROUP BY t.Employee, e.LastName, e.FirstName, t.EarnCode
ORDER BY t.Employee, t.EarnCode;
""",
    ),
    (
        "pr_accumulations_ytd",
        "What are an employee's year-to-date earnings, deductions and liabilities?",
        ("PR", "employees", "by month"),
        """
DECLARE @PRCo bCompany = 1, @Employee bEmployee = 105;

SELECT a.EDLType, a.EDLCode, SUM(a.Hours) AS Hours, SUM(a.Amount) AS Amount
FROM PREA a
WHERE a.PRCo = @PRCo AND a.Employee = @Employee
  AND a.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY a.EDLType, a.EDLCode
ORDER BY a.EDLType, a.EDLCode;
""",
    ),
    (
        "pr_pay_sequences",
        "List the pay sequences of a pay period with earnings and deductions per employee.",
        ("PR", "payroll"),
        """
DECLARE @PRCo bCompany = 1, @PRGroup bGroup = 1, @PREndDate bDate = '2024-05-05';

SELECT s.Employee, e.LastName, e.FirstName, s.PaySeq, s.Hours, s.Earnings, s.Dedns, s.Earnings - s.Dedns AS NetPay
FROM PRSQ s
JOIN PREH e ON e.PRCo = s.PRCo AND e.Employee = s.Employee
WHERE s.PRCo = @PRCo AND s.PRGroup = @PRGroup AND s.PREndDate = @PREndDate
ORDER BY e.SortName, s.PaySeq;
""",
    ),
    (
        "pr_employees_by_craft_class",
        "Count active employees by craft and class with the class description.",
        ("PR", "employees"),
        """
DECLARE @PRCo bCompany = 1;

SELECT e.Craft, e.Class, cc.Description, COUNT(*) AS Employees
FROM PREH e
JOIN PRCC cc ON cc.PRCo = e.PRCo AND cc.Craft = e.Craft AND cc.Class = e.Class
WHERE e.PRCo = @PRCo AND e.ActiveYN = 'Y'
GROUP BY e.Craft, e.Class, cc.Description
ORDER BY e.Craft, e.Class;
""",
    ),
    (
        "pr_timecard_details",
        "Show the timecard lines of an employee's pay sequence.",
        ("PR", "timecards"),
        """
DECLARE @PRCo bCompany = 1, @PRGroup bGroup = 1, @PREndDate bDate = '2024-05-05', @Employee bEmployee = 105, @PaySeq tinyint = 1;

SELECT t.PostSeq, t.PostDate, LTRIM(RTRIM(t.Job)) AS Job, t.Phase, t.EarnCode, t.Hours, t.Rate, t.Amt
FROM PRSQ s
JOIN PRTH t ON t.PRCo = s.PRCo AND t.PRGroup = s.PRGroup AND t.PREndDate = s.PREndDate
           AND t.Employee = s.Employee AND t.PaySeq = s.PaySeq
WHERE s.PRCo = @PRCo AND s.PRGroup = @PRGroup AND s.PREndDate = @PREndDate
  AND s.Employee = @Employee AND s.PaySeq = @PaySeq
ORDER BY t.PostSeq;
""",
    ),
    # -- PM -------------------------------------------------------------------
    (
        "pm_pending_change_orders",
        "List the pending change orders of a project with their pending amount.",
        ("PM", "change orders"),
        """
DECLARE @PMCo bCompany = 1, @Project bJob = ' 22896-';

SELECT o.PCOType, o.PCO, o.Description, SUM(i.PendingAmount) AS PendingAmount
FROM PMOP o
JOIN PMOI i ON i.PMCo = o.PMCo AND i.Project = o.Project AND i.PCOType = o.PCOType AND i.PCO = o.PCO
WHERE o.PMCo = @PMCo AND o.Project = @Project
GROUP BY o.PCOType, o.PCO, o.Description
ORDER BY o.PCOType, o.PCO;
""",
    ),
    (
        "pm_firms_of_vendor_group",
        "List the PM firms of a company's vendor group with their linked AP vendor.",
        ("PM", "HQ", "firms"),
        """
DECLARE @PMCo bCompany = 1;

SELECT f.FirmNumber, f.FirmName, f.FirmType, f.Vendor
FROM HQCO co
JOIN PMFM f ON f.VendorGroup = co.VendorGroup
WHERE co.HQCo = @PMCo
ORDER BY f.SortName;
""",
    ),
    (
        "pm_approved_co_items",
        "Which change order items on a project are approved, and for how much?",
        ("PM", "change orders"),
        """
DECLARE @PMCo bCompany = 1, @Project bJob = ' 22896-';

SELECT i.PCOType, i.PCO, i.PCOItem, i.ACO, i.ACOItem, i.Description, i.ApprovedAmt, i.ApprovedDate
FROM PMOI i
WHERE i.PMCo = @PMCo AND i.Project = @Project AND i.Approved = 'Y'
ORDER BY i.ApprovedDate;
""",
    ),
    (
        "pm_change_orders_by_pricing",
        "Count a project's change orders by pricing method.",
        ("PM", "change orders"),
        """
DECLARE @PMCo bCompany = 1, @Project bJob = ' 22896-';

SELECT o.PricingMethod, CASE o.PricingMethod WHEN 'L' THEN 'Lump sum' WHEN 'U' THEN 'Unit price' END AS Method, COUNT(*) AS PCOs
FROM PMOP o
WHERE o.PMCo = @PMCo AND o.Project = @Project
GROUP BY o.PricingMethod;
""",
    ),
    # -- SL -------------------------------------------------------------------
    (
        "sl_subcontracts_for_job",
        "List the subcontracts on a job with the subcontractor's name.",
        ("SL", "JC", "vendors"),
        """
DECLARE @SLCo bCompany = 1, @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT s.SL, s.Description, v.Name AS Subcontractor, s.OrigDate
FROM SLHD s
JOIN APVM v ON v.VendorGroup = s.VendorGroup AND v.Vendor = s.Vendor
WHERE s.SLCo = @SLCo AND s.JCCo = @JCCo AND s.Job = @Job
ORDER BY s.SL;
""",
    ),
    (
        "sl_subcontract_items",
        "Show a subcontract's items with current cost and invoiced to date.",
        ("SL",),
        """
DECLARE @SLCo bCompany = 1, @SL varchar(30) = '22896-001';

SELECT i.SLItem, i.Description, LTRIM(RTRIM(i.Phase)) AS Phase, i.OrigCost, i.CurCost, i.InvCost, i.CurCost - i.InvCost AS Remaining
FROM SLHD s
JOIN SLIT i ON i.SLCo = s.SLCo AND i.SL = s.SL
WHERE s.SLCo = @SLCo AND s.SL = @SL
ORDER BY i.SLItem;
""",
    ),
    (
        "sl_remaining_by_subcontract",
        "How much remains to be invoiced on each subcontract of a job?",
        ("SL", "commitments"),
        """
DECLARE @SLCo bCompany = 1, @JCCo bCompany = 1, @Job bJob = ' 22896-';

SELECT s.SL, s.Description, SUM(i.CurCost) AS CurrentCost, SUM(i.InvCost) AS Invoiced, SUM(i.CurCost - i.InvCost) AS Remaining
FROM SLHD s
JOIN SLIT i ON i.SLCo = s.SLCo AND i.SL = s.SL
WHERE s.SLCo = @SLCo AND s.JCCo = @JCCo AND s.Job = @Job
GROUP BY s.SL, s.Description
ORDER BY Remaining DESC;
""",
    ),
    (
        "sl_stored_materials",
        "Which subcontract items have stored materials?",
        ("SL",),
        """
DECLARE @SLCo bCompany = 1;

SELECT i.SL, i.SLItem, i.Description, i.StoredMatls
FROM SLIT i WITH (NOLOCK)
WHERE i.SLCo = @SLCo AND i.StoredMatls <> 0
ORDER BY i.SL, i.SLItem;
""",
    ),
    # -- PO -------------------------------------------------------------------
    (
        "po_orders_for_vendor",
        "List the purchase orders of a vendor.",
        ("PO", "vendors"),
        """
DECLARE @POCo bCompany = 1, @Vendor bVendor = 1200;

SELECT p.PO, p.Description, p.OrderDate, LTRIM(RTRIM(p.Job)) AS Job, v.Name AS VendorName
FROM POHD p
JOIN APVM v ON v.VendorGroup = p.VendorGroup AND v.Vendor = p.Vendor
WHERE p.POCo = @POCo AND p.Vendor = @Vendor
ORDER BY p.OrderDate DESC;
""",
    ),
    (
        "po_items_remaining",
        "Show a purchase order's items with received, invoiced and remaining cost.",
        ("PO",),
        """
DECLARE @POCo bCompany = 1, @PO varchar(30) = '24-0101';

SELECT i.POItem, i.Description, i.CurCost, i.RecvdCost, i.InvCost, i.RemCost
FROM POHD p
JOIN POIT i ON i.POCo = p.POCo AND i.PO = p.PO
WHERE p.POCo = @POCo AND p.PO = @PO
ORDER BY i.POItem;
""",
    ),
    (
        "po_items_with_material",
        "List purchase order items of a job with the material description.",
        ("PO", "HQ", "materials"),
        """
DECLARE @POCo bCompany = 1, @Job bJob = ' 22896-';

SELECT i.PO, i.POItem, i.Material, m.Description AS MaterialDescription, i.CurUnits, i.UM, i.CurCost
FROM POIT i
JOIN HQMT m ON m.MatlGroup = i.MatlGroup AND m.Material = i.Material
WHERE i.POCo = @POCo AND i.Job = @Job
ORDER BY i.PO, i.POItem;
""",
    ),
    (
        "po_committed_by_job",
        "What is the remaining committed purchase order cost per job?",
        ("PO", "JC", "commitments"),
        """
DECLARE @POCo bCompany = 1;

SELECT LTRIM(RTRIM(i.Job)) AS Job, SUM(i.RemCost) AS RemainingCommitted
FROM POIT i
WHERE i.POCo = @POCo AND i.Job IS NOT NULL
GROUP BY i.Job
HAVING SUM(i.RemCost) > 0
ORDER BY RemainingCommitted DESC;
""",
    ),
    # -- EM -------------------------------------------------------------------
    (
        "em_active_equipment",
        "List the active equipment with its category and current hour reading.",
        ("EM", "equipment"),
        """
DECLARE @EMCo bCompany = 1;

SELECT e.Equipment, e.Description, e.Category, e.Manufacturer, e.Model, e.HourReading
FROM EMEM e
WHERE e.EMCo = @EMCo AND e.Status = 'A'  -- A = Active
ORDER BY e.Equipment;
""",
    ),
    (
        "em_cost_by_month",
        "What did each piece of equipment cost per month this year?",
        ("EM", "cost", "by month"),
        """
DECLARE @EMCo bCompany = 1;

SELECT d.Equipment, d.Mth, SUM(d.Dollars) AS Cost
FROM EMCD d
WHERE d.EMCo = @EMCo AND d.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
GROUP BY d.Equipment, d.Mth
ORDER BY d.Equipment, d.Mth;
""",
    ),
    (
        "em_revenue_by_job",
        "How much equipment revenue was charged to each job?",
        ("EM", "JC", "revenue"),
        """
DECLARE @EMCo bCompany = 1, @JCCo bCompany = 1;

SELECT LTRIM(RTRIM(j.Job)) AS Job, j.Description, SUM(r.Dollars) AS EquipmentRevenue
FROM EMRD r
JOIN JCJM j ON j.JCCo = r.JCCo AND j.Job = r.Job
WHERE r.EMCo = @EMCo AND j.JCCo = @JCCo
GROUP BY j.Job, j.Description
ORDER BY EquipmentRevenue DESC;
""",
    ),
    (
        "em_cost_detail_for_equipment",
        "Show the cost detail of a piece of equipment with its description.",
        ("EM", "cost"),
        """
DECLARE @EMCo bCompany = 1, @Equipment bEquip = 'EX-200';

SELECT d.Mth, d.EMTrans, d.ActualDate, d.CostCode, d.EMCostType, d.Description, d.Dollars, e.Description AS EquipmentDescription
FROM EMEM e
JOIN EMCD d ON d.EMCo = e.EMCo AND d.Equipment = e.Equipment
WHERE e.EMCo = @EMCo AND e.Equipment = @Equipment
ORDER BY d.Mth, d.EMTrans;
""",
    ),
    (
        "em_equipment_cost_rank",
        "Rank equipment by total cost this year within each category.",
        ("EM", "cost"),
        """
DECLARE @EMCo bCompany = 1;

WITH cost AS (
    SELECT e.Category, e.Equipment, SUM(d.Dollars) AS Cost
    FROM EMEM e
    JOIN EMCD d ON d.EMCo = e.EMCo AND d.Equipment = e.Equipment
    WHERE e.EMCo = @EMCo AND d.Mth >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
    GROUP BY e.Category, e.Equipment
)
SELECT Category, Equipment, Cost, RANK() OVER (PARTITION BY Category ORDER BY Cost DESC) AS CostRank
FROM cost
ORDER BY Category, CostRank;
""",
    ),
    # -- HQ -------------------------------------------------------------------
    (
        "hq_companies",
        "List the companies with their vendor, customer, phase and material groups.",
        ("HQ", "companies"),
        """
SELECT h.HQCo, h.Name, h.VendorGroup, h.CustGroup, h.PhaseGroup, h.MatlGroup, h.TaxGroup, h.EMGroup
FROM HQCO h
WHERE h.HQCo = 1;
""",
    ),
    (
        "hq_active_materials",
        "List the active stocked materials of a company's material group.",
        ("HQ", "materials"),
        """
DECLARE @Co bCompany = 1;

SELECT m.Material, m.Description, m.Category, m.StdUM, m.Cost
FROM HQCO h
JOIN HQMT m ON m.MatlGroup = h.MatlGroup
WHERE h.HQCo = @Co AND m.Active = 'Y' AND m.Stocked = 'Y'
ORDER BY m.Category, m.Material;
""",
    ),
    (
        "hq_open_contracts_per_company",
        "How many open contracts does each company have, and for what total amount?",
        ("HQ", "JC", "contracts"),
        """
SELECT h.HQCo, h.Name, COUNT(c.Contract) AS OpenContracts, SUM(c.ContractAmt) AS ContractAmt
FROM HQCO h
JOIN JCCM c ON c.JCCo = h.HQCo
WHERE h.HQCo IN (1, 2) AND c.ContractStatus = 1
GROUP BY h.HQCo, h.Name
ORDER BY h.HQCo;
""",
    ),
]
