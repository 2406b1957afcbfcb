-- Question: Which subcontract items have stored materials?
-- Tags: SL
DECLARE @SLCo bCompany = 1;

SELECT i.SL, i.SLItem, i.Description, i.StoredMatls
FROM SLIT i WITH (NOLOCK)
WHERE i.SLCo = @SLCo AND i.StoredMatls <> 0
ORDER BY i.SL, i.SLItem;
