-- Hand-written wrong queries: the hallucinations and slips we see from models and legacy "experts".
-- Each block names the rule that must reject it (-- expect: rule).

-- name: wrong_bjcmast
-- expect: unknown-table
SELECT Contract, Description FROM bJCMast WHERE JCCo = 1

-- name: wrong_invoice_table
-- expect: unknown-table
SELECT InvoiceNumber, Amount FROM Invoice WHERE Company = 1

-- name: wrong_vendors_table
-- expect: unknown-table
SELECT VendorName FROM Vendors WHERE VendorGroup = 1

-- name: wrong_jcjobs
-- expect: unknown-table
SELECT j.Job FROM dbo.JCJobs j WHERE j.JCCo = 1

-- name: wrong_ap_vendor
-- expect: unknown-table
SELECT v.Name FROM APVendor v WHERE v.VendorGroup = 1

-- name: wrong_apth_status
-- expect: unknown-column
SELECT APRef, Status FROM APTH WHERE APCo = 1

-- name: wrong_arth_amount
-- expect: unknown-column
SELECT t.Invoice, t.Amount FROM ARTH t WHERE t.ARCo = 1

-- name: wrong_contract_name
-- expect: unknown-column
SELECT c.Contract, c.ContractName FROM JCCM c WHERE c.JCCo = 1

-- name: wrong_job_name
-- expect: unknown-column
SELECT j.Job, j.JobName FROM JCJM j WHERE j.JCCo = 1

-- name: wrong_vendor_name
-- expect: unknown-column
SELECT v.Vendor, v.VendorName FROM APVM v WHERE v.VendorGroup = 1

-- name: wrong_customer_name
-- expect: unknown-column
SELECT c.Customer, c.CustomerName FROM ARCM c WHERE c.CustGroup = 1

-- name: wrong_employee_name
-- expect: unknown-column
SELECT e.Employee, e.EmployeeName FROM PREH e WHERE e.PRCo = 1

-- name: wrong_jccd_cost
-- expect: unknown-column
SELECT d.Job, SUM(d.Cost) FROM JCCD d WHERE d.JCCo = 1 GROUP BY d.Job

-- name: wrong_job_on_contract
-- expect: unknown-column
SELECT c.Contract, c.Job FROM JCCM c WHERE c.JCCo = 1

-- name: wrong_select_alias_in_where
-- expect: unknown-column
SELECT c.ContractAmt - c.BilledAmt AS Remaining FROM JCCM c WHERE c.JCCo = 1 AND Remaining > 0

-- name: wrong_cte_column
-- expect: unknown-column
WITH open_c AS (SELECT JCCo, Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus = 1)
SELECT o.Contract, o.ContractAmt FROM open_c o

-- name: wrong_ambiguous_jcco
-- expect: ambiguous-column
SELECT c.Contract, i.Item FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract WHERE JCCo = 1

-- name: wrong_ambiguous_description
-- expect: ambiguous-column
SELECT j.Job, Description FROM JCJM j JOIN JCCM c ON c.JCCo = j.JCCo AND c.Contract = j.Contract WHERE j.JCCo = 1

-- name: wrong_ambiguous_mth
-- expect: ambiguous-column
SELECT Mth, l.APLine FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.Mth = h.Mth AND l.APTrans = h.APTrans WHERE h.APCo = 1

-- name: wrong_jccm_jcci_no_jcco
-- expect: join-missing-company
SELECT c.Contract, i.Item FROM JCCM c JOIN JCCI i ON i.Contract = c.Contract WHERE c.JCCo = 1

-- name: wrong_jcjm_jccd_no_jcco
-- expect: join-missing-company
SELECT j.Job, SUM(d.ActualCost) FROM JCJM j JOIN JCCD d ON d.Job = j.Job WHERE j.JCCo = 1 GROUP BY j.Job

-- name: wrong_apvm_no_group
-- expect: join-missing-company
SELECT h.APRef, v.Name FROM APTH h JOIN APVM v ON v.Vendor = h.Vendor WHERE h.APCo = 1

-- name: wrong_arcm_no_group
-- expect: join-missing-company
SELECT t.Invoice, c.Name FROM ARTH t JOIN ARCM c ON c.Customer = t.Customer WHERE t.ARCo = 1

-- name: wrong_jcpm_no_group
-- expect: join-missing-company
SELECT p.Phase, m.Description FROM JCJP p JOIN JCPM m ON m.Phase = p.Phase WHERE p.JCCo = 1

-- name: wrong_hqmt_no_group
-- expect: join-missing-company
SELECT i.PO, m.Description FROM POIT i JOIN HQMT m ON m.Material = i.Material WHERE i.POCo = 1

-- name: wrong_exists_no_company
-- expect: join-missing-company
SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND EXISTS (SELECT 1 FROM JCJM j WHERE j.Contract = c.Contract)

-- name: wrong_apth_aptl_no_mth
-- expect: join-missing-key
SELECT h.APRef, l.GrossAmt FROM APTH h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans WHERE h.APCo = 1

-- name: wrong_arth_artl_no_mth
-- expect: join-missing-key
SELECT t.Invoice, l.Amount FROM ARTH t JOIN ARTL l ON l.ARCo = t.ARCo AND l.ARTrans = t.ARTrans WHERE t.ARCo = 1

-- name: wrong_aptl_aptd_no_line
-- expect: join-missing-key
SELECT d.Amount FROM APTL l JOIN APTD d ON d.APCo = l.APCo AND d.Mth = l.Mth AND d.APTrans = l.APTrans WHERE l.APCo = 1 AND l.APLine = 1

-- name: wrong_jbin_jbit_no_month
-- expect: join-missing-key
SELECT b.Invoice, i.AmtBilled FROM JBIN b JOIN JBIT i ON i.JBCo = b.JBCo AND i.BillNumber = b.BillNumber WHERE b.JBCo = 1

-- name: wrong_slhd_slit_company_only
-- expect: join-missing-key
SELECT s.SL, i.SLItem FROM SLHD s JOIN SLIT i ON i.SLCo = s.SLCo WHERE s.SLCo = 1

-- name: wrong_contract_status_a
-- expect: invalid-value
SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus = 'A'

-- name: wrong_job_status_open
-- expect: invalid-value
SELECT Job FROM JCJM WHERE JCCo = 1 AND JobStatus = 'Open'

-- name: wrong_active_yes
-- expect: invalid-value
SELECT Vendor FROM APVM WHERE VendorGroup = 1 AND ActiveYN = 'Yes'

-- name: wrong_openyn_one
-- expect: invalid-value
SELECT APRef FROM APTH WHERE APCo = 1 AND OpenYN = 1

-- name: wrong_artranstype_word
-- expect: invalid-value
SELECT Invoice FROM ARTH WHERE ARCo = 1 AND ARTransType IN ('Invoice', 'Payment')

-- name: wrong_aptd_status_5
-- expect: invalid-value
SELECT Amount FROM APTD WHERE APCo = 1 AND Status = 5

-- name: wrong_arcm_status_word
-- expect: invalid-value
SELECT Name FROM ARCM WHERE CustGroup = 1 AND Status = 'Active'

-- name: wrong_status_between
-- expect: invalid-value
SELECT Contract FROM JCCM WHERE JCCo = 1 AND ContractStatus BETWEEN 1 AND 9

-- name: wrong_date_text
-- expect: invalid-value
SELECT APRef FROM APTH WHERE APCo = 1 AND Mth = 'this month'

-- name: wrong_group_by_missing
-- expect: group-by
SELECT c.Contract, c.Description, SUM(i.ContractAmt) FROM JCCM c JOIN JCCI i ON i.JCCo = c.JCCo AND i.Contract = c.Contract WHERE c.JCCo = 1 GROUP BY c.Contract

-- name: wrong_aggregate_no_group
-- expect: group-by
SELECT Vendor, SUM(InvTotal) FROM APTH WHERE APCo = 1

-- name: wrong_delete_after_select
-- expect: write-statement
SELECT Contract FROM JCCM WHERE JCCo = 1
DELETE FROM JCCM WHERE JCCo = 1

-- name: wrong_update
-- expect: write-statement
UPDATE JCCM SET ContractStatus = 3 WHERE JCCo = 1 AND Contract = ' 1000-'

-- name: wrong_drop
-- expect: write-statement
SELECT 1; DROP TABLE bJCCM

-- name: wrong_xp_cmdshell
-- expect: write-statement
EXEC master.dbo.xp_cmdshell 'whoami'

-- name: wrong_select_into
-- expect: write-statement
SELECT * INTO dbo.JCCMBackup FROM JCCM WHERE JCCo = 1

-- name: wrong_grant
-- expect: write-statement
GRANT SELECT ON bJCCM TO public

-- name: wrong_truncate
-- expect: write-statement
TRUNCATE TABLE bAPTH

-- name: wrong_insert
-- expect: write-statement
INSERT INTO HQCO (HQCo, Name) VALUES (99, 'Test')

-- name: wrong_unclosed
-- expect: parse-error
SELECT c.Contract FROM JCCM c WHERE c.JCCo = 1 AND (c.ContractStatus = 1

-- name: wrong_double_from
-- expect: parse-error
SELECT Contract FROM FROM JCCM WHERE JCCo = 1

-- name: wrong_trailing_comma
-- expect: parse-error
SELECT Contract, Description, FROM JCCM WHERE JCCo = 1

-- name: wrong_cte_joined_without_company
-- expect: join-missing-company
WITH items AS (SELECT JCCo, Contract, SUM(ContractAmt) AS Amt FROM JCCI GROUP BY JCCo, Contract)
SELECT c.Contract, items.Amt FROM JCCM c JOIN items ON items.Contract = c.Contract WHERE c.JCCo = 1

-- name: wrong_join_without_on
-- expect: parse-error
SELECT c.Contract, i.Item FROM JCCM c JOIN JCCI i WHERE c.JCCo = 1

-- name: wrong_unterminated_string
-- expect: parse-error
SELECT Contract FROM JCCM WHERE JCCo = 1 AND Contract = ' 1000-

-- name: wrong_cte_header_without_mth
-- expect: join-missing-key
WITH h AS (SELECT APCo, Mth, APTrans, Vendor FROM APTH WHERE APCo = 1)
SELECT h.Vendor, l.GrossAmt FROM h JOIN APTL l ON l.APCo = h.APCo AND l.APTrans = h.APTrans

-- name: wrong_case_status_letter
-- expect: invalid-value
SELECT c.Contract, CASE c.ContractStatus WHEN 'A' THEN 'Active' ELSE 'Other' END AS S FROM JCCM c WHERE c.JCCo = 1

-- name: wrong_having_ungrouped
-- expect: group-by
SELECT c.Department, COUNT(*) AS N FROM JCCM c WHERE c.JCCo = 1 GROUP BY c.Department HAVING c.ContractStatus = 1

-- name: wrong_order_by_ungrouped
-- expect: group-by
SELECT c.Department, COUNT(*) AS N FROM JCCM c WHERE c.JCCo = 1 GROUP BY c.Department ORDER BY c.Contract

-- name: wrong_vendor_on_group_only
-- expect: join-missing-key
SELECT h.APRef, v.Name FROM APTH h JOIN APVM v ON v.VendorGroup = h.VendorGroup WHERE h.APCo = 1

-- name: wrong_contract_master_on_company_only
-- expect: join-missing-key
SELECT j.Job, c.Description FROM JCJM j JOIN JCCM c ON c.JCCo = j.JCCo WHERE j.JCCo = 1

-- name: wrong_job_phase_without_phase
-- expect: join-missing-key
SELECT h.Phase, h.CostType, p.Description FROM JCCH h JOIN JCJP p ON p.JCCo = h.JCCo AND p.Job = h.Job WHERE h.JCCo = 1

-- name: wrong_earnings_code_without_code
-- expect: join-missing-key
SELECT t.Employee, e.Description, t.Amt FROM PRTH t JOIN PREC e ON e.PRCo = t.PRCo WHERE t.PRCo = 1

-- name: wrong_insurance_template_without_template
-- expect: join-missing-key
SELECT j.Job, t.Description FROM JCJM j JOIN JCTN t ON t.JCCo = j.JCCo WHERE j.JCCo = 1

-- name: wrong_change_order_lines_without_item
-- expect: join-missing-key
SELECT i.PCO, l.EstCost FROM PMOI i JOIN PMOL l ON l.PMCo = i.PMCo AND l.Project = i.Project AND l.PCOType = i.PCOType
  AND l.PCO = i.PCO AND l.ACO = i.ACO AND l.ACOItem = i.ACOItem WHERE i.PMCo = 1

-- name: wrong_ar_line_to_contract_on_ar_company
-- expect: join-missing-company
SELECT l.Amount, c.Description FROM ARTL l JOIN JCCM c ON c.Contract = l.Contract AND c.JCCo = l.ARCo WHERE l.ARCo = 1

-- name: wrong_contract_compared_with_itself
-- expect: tautology
SELECT c.Contract, h.Job FROM JCCM c JOIN JCJM h ON c.JCCo = h.JCCo AND h.Contract = h.Contract WHERE c.JCCo = 1

-- name: wrong_join_on_one_equals_one
-- expect: tautology
SELECT c.Contract, i.Item FROM JCCM c JOIN JCCI i ON 1 = 1 WHERE c.JCCo = 1
