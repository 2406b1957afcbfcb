-- Question: List the companies with their vendor, customer, phase and material groups.
-- Tags: HQ, companies
SELECT h.HQCo, h.Name, h.VendorGroup, h.CustGroup, h.PhaseGroup, h.MatlGroup, h.TaxGroup, h.EMGroup
FROM HQCO h
WHERE h.HQCo = 1;
