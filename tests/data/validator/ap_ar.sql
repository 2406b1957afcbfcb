-- name: ap_open_invoices
DECLARE @APCo bCompany = 1
SELECT h.Mth, h.APTrans, h.APRef, h.InvDate, h.DueDate, h.InvTotal
FROM APTH h
WHERE h.APCo = @APCo AND h.OpenYN = 'Y'
ORDER BY h.DueDate

-- name: ap_invoice_lines
SELECT h.APRef, l.APLine, l.Description, l.GrossAmt, l.TaxAmt
FROM APTH h
JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans
WHERE h.APCo = 1

-- name: ap_invoice_detail_status
SELECT h.APRef, d.APLine, d.APSeq, d.Amount, d.Status, d.PaidDate
FROM APTH h
JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans
JOIN APTD d ON d.APCo = l.APCo AND d.Mth = l.Mth AND d.APTrans = l.APTrans AND d.APLine = l.APLine
WHERE h.APCo = 1 AND d.Status IN (1, 2)

-- name: ap_vendor_names
SELECT h.APRef, v.Name, h.InvTotal
FROM APTH h
JOIN APVM v ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor
WHERE h.APCo = 1

-- name: ap_vendor_totals
SELECT v.Vendor, v.Name, SUM(h.InvTotal) AS Invoiced
FROM APTH h WITH (NOLOCK)
INNER JOIN APVM v WITH (NOLOCK) ON v.VendorGroup = h.VendorGroup AND v.Vendor = h.Vendor
WHERE h.APCo = 1 AND h.Mth >= '2024-01-01'
GROUP BY v.Vendor, v.Name
ORDER BY Invoiced DESC

-- name: ap_active_vendors
SELECT Vendor, Name, City, State
FROM APVM
WHERE VendorGroup = 1 AND ActiveYN = 'Y'
ORDER BY Name

-- name: ap_vendors_via_hqco
SELECT v.Vendor, v.Name
FROM HQCO c
JOIN APVM v ON v.VendorGroup = c.VendorGroup
WHERE c.HQCo = 1 AND v.ActiveYN = 'Y'

-- name: ap_paid_detail
SELECT d.Mth, d.APTrans, d.APLine, d.APSeq, d.Amount, d.PaidMth, d.CMRef
FROM APTD d
WHERE d.APCo = 1 AND d.Status = 3 AND d.PaidMth = '2024-03-01'

-- name: ap_unpaid_by_vendor
SELECT h.Vendor, SUM(d.Amount) AS Unpaid
FROM APTH h
JOIN APTD d ON d.APCo = h.APCo AND d.Mth = h.Mth AND d.APTrans = h.APTrans
WHERE h.APCo = 1 AND d.Status < 3
GROUP BY h.Vendor

-- name: ap_job_costs_from_lines
SELECT l.Job, l.Phase, SUM(l.GrossAmt) AS Gross
FROM APTL l
WHERE l.APCo = 1 AND l.JCCo = 1 AND l.LineType = 1
GROUP BY l.Job, l.Phase

-- name: ap_lines_with_job
SELECT l.APTrans, l.APLine, j.Description AS JobDesc, l.GrossAmt
FROM APTL l
JOIN JCJM j ON j.JCCo = l.JCCo AND j.Job = l.Job
WHERE l.APCo = 1

-- name: ap_exists_open_detail
SELECT h.Mth, h.APTrans, h.APRef
FROM APTH h
WHERE h.APCo = 1 AND EXISTS (
    SELECT 1 FROM APTD d
    WHERE d.APCo = h.APCo AND d.Mth = h.Mth AND d.APTrans = h.APTrans AND d.Status = 1)

-- name: ap_hold_invoices
SELECT h.APRef, h.HoldCode, h.InvTotal
FROM APTH h
WHERE h.APCo = 1 AND h.HoldCode IS NOT NULL AND h.PrePaidYN = 'N'

-- name: ap_aging_case
SELECT h.APRef, h.DueDate, h.InvTotal,
       CASE WHEN DATEDIFF(day, h.DueDate, GETDATE()) <= 30 THEN '0-30'
            WHEN DATEDIFF(day, h.DueDate, GETDATE()) <= 60 THEN '31-60'
            ELSE '60+' END AS Bucket
FROM APTH h
WHERE h.APCo = 1 AND h.OpenYN = 'Y'

-- name: ap_cte_vendor_rank
WITH spend AS (
    SELECT h.APCo, h.VendorGroup, h.Vendor, SUM(h.InvTotal) AS Total
    FROM APTH h
    WHERE h.APCo = 1
    GROUP BY h.APCo, h.VendorGroup, h.Vendor
)
SELECT TOP 20 s.Vendor, v.Name, s.Total
FROM spend s
JOIN APVM v ON v.VendorGroup = s.VendorGroup AND v.Vendor = s.Vendor
ORDER BY s.Total DESC

-- name: ap_window_vendor_share
SELECT h.Vendor, h.APTrans, h.InvTotal,
       h.InvTotal / NULLIF(SUM(h.InvTotal) OVER (PARTITION BY h.Vendor), 0) AS Share
FROM APTH h
WHERE h.APCo = 1

-- name: ap_cross_apply_last_invoice
SELECT v.Vendor, v.Name, li.InvDate, li.InvTotal
FROM APVM v
CROSS APPLY (
    SELECT TOP 1 h.InvDate, h.InvTotal
    FROM APTH h
    WHERE h.VendorGroup = v.VendorGroup AND h.Vendor = v.Vendor AND h.APCo = 1
    ORDER BY h.InvDate DESC
) li
WHERE v.VendorGroup = 1

-- name: ap_company_params
SELECT a.APCo, a.GLCo, a.CMCo, h.Name
FROM APCO a
JOIN HQCO h ON h.HQCo = a.APCo
WHERE a.APCo = 1

-- name: ap_dbo_brackets
SELECT [h].[APRef], [h].[InvTotal]
FROM [dbo].[APTH] [h] WITH (NOLOCK)
WHERE [h].[APCo] = 1 AND [h].[OpenYN] = 'Y'

-- name: ap_1099_vendors
SELECT v.Vendor, v.Name, v.TaxId
FROM dbo.APVM v
WHERE v.VendorGroup = 1 AND v.V1099YN = 'Y'

-- name: ap_union_open_paid
SELECT h.APTrans, 'Open' AS State FROM APTH h WHERE h.APCo = 1 AND h.OpenYN = 'Y'
UNION ALL
SELECT h.APTrans, 'Closed' FROM APTH h WHERE h.APCo = 1 AND h.OpenYN = 'N'

-- name: ap_month_totals
DECLARE @APCo bCompany = 1, @BeginMth bMonth = '2024-01-01', @EndMth bMonth = '2024-12-01'
SELECT h.Mth, COUNT(*) AS Invoices, SUM(h.InvTotal) AS Total
FROM APTH h
WHERE h.APCo = @APCo AND h.Mth BETWEEN @BeginMth AND @EndMth
GROUP BY h.Mth
ORDER BY h.Mth

-- name: ar_open_invoices
SELECT t.Mth, t.ARTrans, t.Invoice, t.Customer, t.Invoiced, t.Paid, t.AmountDue
FROM ARTH t
WHERE t.ARCo = 1 AND t.ARTransType = 'I' AND t.AmountDue <> 0

-- name: ar_invoice_lines
SELECT t.Invoice, l.ARLine, l.Description, l.Amount, l.TaxAmount
FROM ARTH t
JOIN ARTL l ON l.ARCo = t.ARCo AND l.Mth = t.Mth AND l.ARTrans = t.ARTrans
WHERE t.ARCo = 1

-- name: ar_customer_names
SELECT t.Invoice, c.Name, t.Invoiced
FROM ARTH t
JOIN ARCM c ON c.CustGroup = t.CustGroup AND c.Customer = t.Customer
WHERE t.ARCo = 1 AND t.ARTransType IN ('I', 'C')

-- name: ar_active_customers
SELECT Customer, Name, City, State, CreditLimit
FROM ARCM
WHERE CustGroup = 1 AND Status = 'A'

-- name: ar_customer_balance
SELECT c.Customer, c.Name, SUM(t.AmountDue) AS Balance
FROM ARCM c
JOIN ARTH t ON t.CustGroup = c.CustGroup AND t.Customer = c.Customer
WHERE t.ARCo = 1
GROUP BY c.Customer, c.Name
HAVING SUM(t.AmountDue) > 0

-- name: ar_payments
SELECT t.Mth, t.ARTrans, t.CheckNo, t.TransDate, t.Paid
FROM ARTH t
WHERE t.ARCo = 1 AND t.ARTransType = 'P'
ORDER BY t.TransDate

-- name: ar_contract_billing
SELECT t.Contract, SUM(t.Invoiced) AS Invoiced, SUM(t.Retainage) AS Retainage
FROM ARTH t
WHERE t.ARCo = 1 AND t.JCCo = 1 AND t.Contract IS NOT NULL
GROUP BY t.Contract

-- name: ar_contract_join
SELECT c.Contract, c.Description, SUM(t.Invoiced) AS Invoiced
FROM JCCM c
JOIN ARTH t ON t.JCCo = c.JCCo AND t.Contract = c.Contract
WHERE c.JCCo = 1 AND t.ARCo = 1
GROUP BY c.Contract, c.Description

-- name: ar_line_items_contract
SELECT l.Contract, l.Item, SUM(l.Amount) AS Amount
FROM ARTL l
WHERE l.ARCo = 1 AND l.JCCo = 1
GROUP BY l.Contract, l.Item

-- name: ar_aging_window
SELECT t.Customer, t.Invoice, t.DueDate, t.AmountDue,
       SUM(t.AmountDue) OVER (PARTITION BY t.Customer) AS CustomerTotal
FROM ARTH t
WHERE t.ARCo = 1 AND t.AmountDue > 0

-- name: ar_cte_customer_totals
WITH totals AS (
    SELECT CustGroup, Customer, SUM(Invoiced) AS Invoiced, SUM(Paid) AS Paid
    FROM ARTH
    WHERE ARCo = 1
    GROUP BY CustGroup, Customer
)
SELECT c.Name, totals.Invoiced, totals.Paid
FROM totals
JOIN ARCM c ON c.CustGroup = totals.CustGroup AND c.Customer = totals.Customer

-- name: ar_not_exists_payment
SELECT t.Invoice, t.Invoiced
FROM ARTH t
WHERE t.ARCo = 1 AND t.ARTransType = 'I'
  AND NOT EXISTS (SELECT 1 FROM ARTL l WHERE l.ARCo = t.ARCo AND l.ApplyMth = t.Mth AND l.ApplyTrans = t.ARTrans AND l.Mth > t.Mth)

-- name: ar_company_params
SELECT a.ARCo, a.GLCo, a.JCCo, h.Name
FROM ARCO a
JOIN HQCO h ON h.HQCo = a.ARCo
WHERE a.ARCo = 1

-- name: ar_outer_apply_lines
SELECT t.Invoice, x.Lines
FROM ARTH t
OUTER APPLY (SELECT COUNT(*) AS Lines FROM ARTL l WHERE l.ARCo = t.ARCo AND l.Mth = t.Mth AND l.ARTrans = t.ARTrans) x
WHERE t.ARCo = 1

-- name: ar_view_body
SELECT t.ARCo, t.Mth, t.ARTrans, t.Invoice, t.Invoiced
FROM dbo.ARTH t WITH (NOLOCK)
WHERE t.ARTransType = 'I' AND t.ARCo = 1
