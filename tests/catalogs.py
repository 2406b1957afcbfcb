"""The one small catalog the unit tests share, built in code from real Vista columns.

Fifteen tables of HQ, JC, AP and AR (fourteen with their views, and bHQMA without
one), the value domains of their status and yes/no columns, the documented join paths
among them and one approved example: enough to exercise every validator check and fix
and every dataset template without building the sample corpus. Every table, column and
Vista type is as the Vista facts (``schema_facts.json``) give it; a table lists a subset
of its columns, in the facts' order.

``tests/validate`` and ``tests/dataset`` expose it as a fixture (``tiny`` and
``tiny_catalog``); anything else imports it relatively (``from ..catalogs import
build_tiny``, see ``helpers.py``).
"""

from __future__ import annotations

from assistant.catalog import Catalog, Column, DbObject, Domain, Example, JoinPath

TYPES = {
    "bCompany": "tinyint",
    "bGroup": "tinyint",
    "bMonth": "smalldatetime",
    "bDate": "smalldatetime",
    "bTrans": "int",
    "bYN": "char(1)",
    "bContract": "varchar(10)",
    "bJob": "varchar(10)",
    "bPhase": "varchar(20)",
    "bDollar": "numeric(12,2)",
    "bUnits": "numeric(12,3)",
    "bVendor": "int",
    "bCustomer": "int",
    "bDesc": "varchar(30)",
    "bItemDesc": "varchar(60)",
    "bContractItem": "varchar(16)",
    "bJCCType": "tinyint",
    "bHrs": "numeric(10,2)",
    "bUnitCost": "numeric(16,5)",
    "bPct": "numeric(6,4)",
    "bItem": "smallint",
    "bDept": "varchar(10)",
    "bTransDesc": "varchar(60)",
    "bSource": "char(10)",
    "bUM": "varchar(3)",
    "bZip": "varchar(12)",
    "bPhone": "varchar(20)",
    "bAPReference": "varchar(15)",
    "bBatchID": "int",
    "bGLAcct": "char(20)",
    "bCMAcct": "smallint",
    "bCMRef": "varchar(10)",
    "bTaxCode": "varchar(10)",
    "bPayTerms": "varchar(10)",
    "bBillType": "char(1)",
    "bSortName": "varchar(15)",
    "bHoldCode": "varchar(10)",
    "bECM": "char(1)",
    "bWO": "varchar(10)",
    "bEquip": "varchar(10)",
    "bCostCode": "varchar(10)",
    "bEMCType": "tinyint",
    "bLoc": "varchar(10)",
    "bMatl": "varchar(20)",
    "bReasonCode": "varchar(10)",
    "bVPUserName": "varchar(128)",
    "bRate": "numeric(8,6)",
    "bEmployee": "int",
    "bEDLCode": "smallint",
    "bInsCode": "varchar(10)",
    "bCraft": "varchar(10)",
    "bClass": "varchar(10)",
}

YN = Domain(values=("Y", "N"), source="rule brYesNo")
STATUS_0_3 = Domain(
    values=("0", "1", "2", "3"),
    meanings=(("0", "Pending"), ("1", "Open"), ("2", "Soft Close"), ("3", "Hard Close")),
    numeric=True,
)
DOMAINS = {
    ("bJCCM", "ContractStatus"): STATUS_0_3,
    ("bJCJM", "JobStatus"): STATUS_0_3,
    ("bAPTD", "Status"): Domain(
        values=("1", "2", "3", "4"),
        meanings=(("1", "Open"), ("2", "Hold"), ("3", "Paid"), ("4", "Cleared")),
        numeric=True,
    ),
    ("bARCM", "Status"): Domain(
        values=("A", "H", "I"), meanings=(("A", "Active"), ("H", "Hold"), ("I", "Inactive"))
    ),
    ("bARTH", "ARTransType"): Domain(values=tuple("ACFIMPRVW")),
}

# base table: (view, module, description, business key, "Column:VistaType …")
SPECS = {
    "bHQCO": (
        "HQCO",
        "HQ",
        "HQ Companies",
        ("HQCo",),
        "HQCo:bCompany Name:varchar(60) Address:varchar(60) City:varchar(30) State:varchar(4) Zip:bZip Address2:varchar(60) FedTaxId:varchar(20) Phone:bPhone Fax:bPhone VendorGroup:bGroup MatlGroup:bGroup PhaseGroup:bGroup CustGroup:bGroup TaxGroup:bGroup EMGroup:bGroup Vendor:bVendor Customer:bCustomer AuditCoParams:bYN AuditTax:bYN KeyID:bigint",
    ),
    "bJCCM": (
        "JCCM",
        "JC",
        "JC Contract Master",
        ("JCCo", "Contract"),
        "JCCo:bCompany Contract:bContract Description:bItemDesc Department:bDept ContractStatus:tinyint OriginalDays:smallint CurrentDays:smallint StartMonth:bMonth MonthClosed:bMonth ProjCloseDate:bDate ActualCloseDate:bDate CustGroup:bGroup Customer:bCustomer PayTerms:bPayTerms TaxInterface:bYN TaxGroup:bGroup TaxCode:bTaxCode RetainagePCT:bPct DefaultBillType:bBillType OrigContractAmt:bDollar ContractAmt:bDollar BilledAmt:bDollar ReceivedAmt:bDollar CurrentRetainAmt:bDollar InBatchMth:bMonth InUseBatchId:bBatchID Notes:varchar(max) SIRegion:varchar(6) SIMetric:bYN ProcessGroup:varchar(10) CompleteYN:bYN KeyID:bigint",
    ),
    "bJCCI": (
        "JCCI",
        "JC",
        "JC Contract Items",
        ("JCCo", "Contract", "Item"),
        "JCCo:bCompany Contract:bContract Item:bContractItem Description:bItemDesc Department:bDept TaxGroup:bGroup TaxCode:bTaxCode UM:bUM SIRegion:varchar(6) SICode:varchar(16) RetainPCT:bPct OrigContractAmt:bDollar OrigContractUnits:bUnits OrigUnitPrice:bUnitCost ContractAmt:bDollar ContractUnits:bUnits UnitPrice:bUnitCost BilledAmt:bDollar BilledUnits:bUnits ReceivedAmt:bDollar KeyID:bigint",
    ),
    "bJCJM": (
        "JCJM",
        "JC",
        "JC Job Master",
        ("JCCo", "Job"),
        "JCCo:bCompany Job:bJob Description:bItemDesc Contract:bContract JobStatus:tinyint BidNumber:varchar(10) LockPhases:bYN ProjectMgr:int JobPhone:bPhone JobFax:bPhone MailAddress:varchar(60) MailCity:varchar(30) MailState:varchar(4) MailZip:bZip MailAddress2:varchar(60) ShipAddress:varchar(60) ShipCity:varchar(30) ShipState:varchar(4) ShipZip:bZip ShipAddress2:varchar(60) KeyID:bigint",
    ),
    "bJCCD": (
        "JCCD",
        "JC",
        "JC Cost Detail",
        ("JCCo", "Job", "Phase", "CostType", "Mth", "CostTrans"),
        "JCCo:bCompany Mth:bMonth CostTrans:bTrans Job:bJob PhaseGroup:bGroup Phase:bPhase CostType:bJCCType PostedDate:bDate ActualDate:bDate JCTransType:varchar(2) Source:bSource Description:bTransDesc BatchId:bBatchID InUseBatchId:bBatchID GLCo:bCompany GLTransAcct:bGLAcct GLOffsetAcct:bGLAcct ReversalStatus:tinyint UM:bUM ActualUnitCost:bUnitCost PerECM:bECM ActualHours:bHrs ActualUnits:bUnits ActualCost:bDollar ProgressCmplt:bPct EstHours:bHrs EstUnits:bUnits EstCost:bDollar ProjHours:bHrs ProjUnits:bUnits ProjCost:bDollar ForecastHours:bHrs ForecastUnits:bUnits ForecastCost:bDollar PostedUM:bUM PostedUnits:bUnits PostedUnitCost:bUnitCost PostedECM:bECM PostTotCmUnits:bUnits PostRemCmUnits:bUnits KeyID:bigint",
    ),
    "bJCCP": (
        "JCCP",
        "JC",
        "JC Cost by Period",
        ("JCCo", "Job", "Phase", "PhaseGroup", "CostType", "Mth"),
        "JCCo:bCompany Job:bJob PhaseGroup:bGroup Phase:bPhase CostType:bJCCType Mth:bMonth ActualHours:bHrs ActualUnits:bUnits ActualCost:bDollar OrigEstHours:bHrs OrigEstUnits:bUnits OrigEstCost:bDollar CurrEstHours:bHrs CurrEstUnits:bUnits CurrEstCost:bDollar ProjHours:bHrs ProjUnits:bUnits ProjCost:bDollar ForecastHours:bHrs ForecastUnits:bUnits",
    ),
    "bJCPM": (
        "JCPM",
        "JC",
        "JC Phase Master",
        ("PhaseGroup", "Phase"),
        "PhaseGroup:tinyint Phase:bPhase Description:bItemDesc ProjMinPct:bPct Notes:varchar(max) UniqueAttchID:uniqueidentifier KeyID:bigint",
    ),
    "bAPTH": (
        "APTH",
        "AP",
        "AP Transaction Header",
        ("APCo", "Mth", "APTrans"),
        "APCo:bCompany Mth:bMonth APTrans:bTrans VendorGroup:bGroup Vendor:bVendor InvId:char(10) APRef:bAPReference Description:bDesc InvDate:bDate DiscDate:bDate DueDate:bDate InvTotal:bDollar HoldCode:bHoldCode PayControl:varchar(10) PayMethod:char(1) CMCo:bCompany CMAcct:bCMAcct PrePaidYN:bYN PrePaidMth:bMonth PrePaidDate:bDate PrePaidChk:bCMRef PrePaidSeq:tinyint PrePaidProcYN:bYN V1099YN:bYN V1099Type:varchar(10) V1099Box:tinyint PayOverrideYN:bYN PayName:varchar(60) PayAddress:varchar(60) PayCity:varchar(30) PayState:varchar(4) PayZip:bZip OpenYN:bYN InUseMth:bMonth InUseBatchId:bBatchID BatchId:bBatchID Purge:bYN InPayControl:bYN PayAddInfo:varchar(60) DocName:varchar(128) KeyID:bigint",
    ),
    "bAPTL": (
        "APTL",
        "AP",
        "AP Transaction Lines",
        ("APCo", "Mth", "APTrans", "APLine"),
        "APCo:bCompany Mth:bMonth APTrans:bTrans APLine:smallint LineType:tinyint PO:varchar(30) POItem:bItem ItemType:tinyint SL:varchar(30) SLItem:bItem JCCo:bCompany Job:bJob PhaseGroup:bGroup Phase:bPhase JCCType:bJCCType EMCo:bCompany WO:bWO WOItem:bItem Equip:bEquip EMGroup:bGroup CostCode:bCostCode EMCType:bEMCType CompType:varchar(10) Component:bEquip INCo:bCompany Loc:bLoc MatlGroup:bGroup Material:bMatl GLCo:bCompany GLAcct:bGLAcct Description:bDesc GrossAmt:bDollar KeyID:bigint",
    ),
    "bAPTD": (
        "APTD",
        "AP",
        "AP Transaction Detail",
        ("APCo", "Mth", "APTrans", "APLine", "APSeq"),
        "APCo:bCompany Mth:bMonth APTrans:bTrans APLine:smallint APSeq:tinyint PayType:tinyint Amount:bDollar DiscOffer:bDollar DiscTaken:bDollar DueDate:bDate Status:tinyint PaidMth:bMonth PaidDate:bDate CMCo:bCompany CMAcct:bCMAcct PayMethod:char(1) CMRef:bCMRef CMRefSeq:tinyint EFTSeq:smallint VendorGroup:bGroup KeyID:bigint",
    ),
    "bAPVM": (
        "APVM",
        "AP",
        "AP Vendor Master",
        ("VendorGroup", "Vendor"),
        "VendorGroup:bGroup Vendor:bVendor SortName:bSortName Name:varchar(60) Type:char(1) TempYN:bYN Contact:varchar(30) Phone:bPhone Fax:bPhone EMail:varchar(60) URL:varchar(60) Address:varchar(60) City:varchar(30) State:varchar(4) Zip:bZip Address2:varchar(60) POAddress:varchar(60) POCity:varchar(30) POState:varchar(4) POZip:bZip POAddress2:varchar(60) Purge:bYN CustGroup:bGroup Customer:bCustomer TaxGroup:bGroup TaxCode:bTaxCode PayTerms:bPayTerms GLCo:bCompany GLAcct:bGLAcct V1099YN:bYN V1099Type:varchar(10) V1099Box:tinyint TaxId:varchar(12) Prop:varchar(30) ActiveYN:bYN EFT:char(1) RoutingId:varchar(34) BankAcct:varchar(35) AcctType:varchar(1) LastInvDate:bDate KeyID:bigint",
    ),
    "bARTH": (
        "ARTH",
        "AR",
        "AR Invoices Header",
        ("ARCo", "Mth", "ARTrans"),
        "ARCo:bCompany Mth:bMonth ARTrans:bTrans ARTransType:char(1) CustGroup:bGroup Customer:bCustomer CustRef:varchar(20) CustPO:varchar(20) RecType:tinyint JCCo:bCompany Contract:bContract Invoice:varchar(10) CheckNo:varchar(10) Source:char(10) MSCo:bCompany TransDate:bDate DueDate:bDate DiscDate:bDate CheckDate:bDate Description:bDesc CMCo:bCompany CMAcct:bCMAcct CMDeposit:bCMRef CreditAmt:bDollar PayTerms:bPayTerms AppliedMth:bMonth AppliedTrans:bTrans Invoiced:bDollar Paid:bDollar Retainage:bDollar DiscTaken:bDollar AmountDue:bDollar PayFullDate:bDate PurgeFlag:bYN EditTrans:bYN BatchId:bBatchID InUseBatchID:bBatchID Notes:varchar(max) ReasonCode:bReasonCode ExcludeFC:bYN FinanceChg:bDollar UniqueAttchID:uniqueidentifier KeyID:bigint",
    ),
    "bARTL": (
        "ARTL",
        "AR",
        "AR Invoices Lines",
        ("ARCo", "Mth", "ARTrans", "ARLine"),
        "ARCo:bCompany Mth:bMonth ARTrans:bTrans ARLine:smallint RecType:tinyint LineType:char(1) Description:bDesc GLCo:bCompany GLAcct:bGLAcct TaxGroup:bGroup TaxCode:bTaxCode Amount:bDollar TaxBasis:bDollar TaxAmount:bDollar RetgPct:bPct Retainage:bDollar DiscOffered:bDollar TaxDisc:bDollar DiscTaken:bDollar ApplyMth:bMonth ApplyTrans:bTrans ApplyLine:smallint JCCo:bCompany Contract:bContract Item:bContractItem ContractUnits:bUnits Job:bJob PhaseGroup:bGroup Phase:bPhase CostType:bJCCType KeyID:bigint",
    ),
    "bARCM": (
        "ARCM",
        "AR",
        "AR Customer Master",
        ("CustGroup", "Customer"),
        "CustGroup:bGroup Customer:bCustomer Name:varchar(60) SortName:bSortName TempYN:bYN Phone:bPhone Fax:bPhone EMail:varchar(60) URL:varchar(60) Contact:varchar(30) ContactExt:varchar(10) Address:varchar(60) City:varchar(30) State:varchar(4) Zip:bZip Address2:varchar(60) BillAddress:varchar(60) BillCity:varchar(30) BillState:varchar(4) BillZip:bZip BillAddress2:varchar(60) Status:char(1) RecType:tinyint PayTerms:bPayTerms TaxGroup:bGroup KeyID:bigint",
    ),
    "bHQMA": (
        None,
        "HQ",
        "HQ Master Audit (field-level audit trail)",
        (),
        "TableName:char(30) KeyString:varchar(1000) Co:bCompany RecType:char(1) FieldName:char(30) OldValue:varchar(max) NewValue:varchar(max) DateTime:datetime UserName:bVPUserName AuditID:bigint",
    ),
}

COMPANY_NAMES = ("HQCo", "JCCo", "APCo", "ARCo", "Co")
JOINS = (
    JoinPath(
        "bAPTH",
        "bAPTL",
        (("APCo", "APCo"), ("Mth", "Mth"), ("APTrans", "APTrans")),
        "header-detail",
    ),
    JoinPath(
        "bAPTL",
        "bAPTD",
        (("APCo", "APCo"), ("Mth", "Mth"), ("APTrans", "APTrans"), ("APLine", "APLine")),
        "header-detail",
    ),
    JoinPath(
        "bARTH",
        "bARTL",
        (("ARCo", "ARCo"), ("Mth", "Mth"), ("ARTrans", "ARTrans")),
        "header-detail",
    ),
    JoinPath("bJCCM", "bJCCI", (("JCCo", "JCCo"), ("Contract", "Contract")), "header-detail"),
    JoinPath("bJCJM", "bJCCD", (("JCCo", "JCCo"), ("Job", "Job")), "header-detail"),
    JoinPath("bJCJM", "bJCCP", (("JCCo", "JCCo"), ("Job", "Job")), "header-detail"),
    JoinPath("bJCCM", "bJCJM", (("JCCo", "JCCo"), ("Contract", "Contract")), "foreign-key"),
    JoinPath(
        "bAPTH", "bAPVM", (("VendorGroup", "VendorGroup"), ("Vendor", "Vendor")), "master-lookup"
    ),
    JoinPath(
        "bARTH", "bARCM", (("CustGroup", "CustGroup"), ("Customer", "Customer")), "master-lookup"
    ),
    JoinPath(
        "bJCCM", "bARCM", (("CustGroup", "CustGroup"), ("Customer", "Customer")), "master-lookup"
    ),
    JoinPath("bJCCD", "bJCPM", (("PhaseGroup", "PhaseGroup"), ("Phase", "Phase")), "master-lookup"),
    JoinPath("bJCCM", "bHQCO", (("JCCo", "HQCo"),), "company"),
    JoinPath("bAPTH", "bHQCO", (("APCo", "HQCo"),), "company"),
)

EXAMPLES = (
    Example(
        "List open contracts for company 1 with billed to date",
        "SELECT c.JCCo, c.Contract, c.Description, c.BilledAmt\nFROM JCCM c\nWHERE c.JCCo = 1 AND c.ContractStatus = 1",
        "Experts_V2/approved/open_contracts.sql",
    ),
)


def _columns(table: str, spec: str) -> tuple[Column, ...]:
    out = []
    for part in spec.split():
        name, vtype = part.split(":", 1)
        base = TYPES.get(vtype, vtype)
        domain = DOMAINS.get((table, name)) or (YN if vtype == "bYN" else None)
        out.append(Column(name, vtype, base, domain=domain))
    return tuple(out)


def build_tiny() -> Catalog:
    """The tiny catalog: every table of ``SPECS`` with its view, ``JOINS`` and ``EXAMPLES``."""
    objects = []
    for table, (view, module, description, key, spec) in SPECS.items():
        columns = _columns(table, spec)
        names = {c.name for c in columns}
        company = next((c for c in key if c in COMPANY_NAMES), None)
        groups = tuple(
            c.name
            for c in columns
            if c.vista_type == "bGroup" or (c.name.endswith("Group") and c.name in key)
        )
        objects.append(
            DbObject(
                table,
                "table",
                module,
                description,
                columns,
                key,
                company_column=company,
                group_columns=groups,
                view=view,
            )
        )
        if view:
            row_filter = "WHERE a.PCVisibleInJC = 'Y'" if view == "JCJM" else None
            objects.append(
                DbObject(
                    view,
                    "view",
                    module,
                    description,
                    columns,
                    key,
                    company_column=company,
                    group_columns=groups,
                    base_table=table,
                    row_filter=row_filter,
                )
            )
        assert set(key) <= names, table
    return Catalog(objects=tuple(objects), join_paths=JOINS, examples=EXAMPLES)
