-- Question: Which customers are on hold?
-- Tags: AR, customers
SELECT c.CustGroup, c.Customer, c.Name, c.CreditLimit
FROM ARCM c
WHERE c.CustGroup = (SELECT h.CustGroup FROM HQCO h WHERE h.HQCo = 1)
  AND c.Status = 'H'  -- H = Hold
ORDER BY c.Name;
