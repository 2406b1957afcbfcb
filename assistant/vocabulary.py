"""Vista's vocabulary: identifiers split into words, abbreviations written out, stems, stopwords, modules.

Pure functions and tables, no I/O: what retrieval, the chunker, the "which table
holds…" look-up, the validator's suggestions and the dataset phrasing all need
to read a terse Vista name (``RetgPct``, ``APTrans``) as words.

Where two readers need different answers, both tables live here side by side,
each saying whose it is: the embedder wants module codes written out
(``ap`` → "payable"), a generated question keeps them as the acronyms users
type (``ap`` → "AP").
"""

from __future__ import annotations

import re
from functools import lru_cache

# -- identifiers -------------------------------------------------------------------

# an acronym run (not the capital that starts the next word), a Capitalised or lower word, a number
_IDENTIFIER = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_LOWER_UPPER = re.compile(r"(?<=[a-z])(?=[A-Z])")


def split_identifier(name: str, *, acronyms: bool = True) -> list[str]:
    """The words of a Vista identifier, case kept.

    By default acronym runs and numbers are words of their own, and anything
    else (``_``, spaces) separates words:

    >>> split_identifier("APTrans")
    ['AP', 'Trans']
    >>> split_identifier("OrigContractAmt")
    ['Orig', 'Contract', 'Amt']
    >>> split_identifier("JCCo"), split_identifier("OpenYN"), split_identifier("Amount2")
    (['JC', 'Co'], ['Open', 'YN'], ['Amount', '2'])

    ``acronyms=False`` splits only where a lower-case letter meets a capital, so an
    acronym stays glued to the next word and digits to theirs (the "which table
    holds…" look-up matches question words inside these pieces):

    >>> split_identifier("APTrans", acronyms=False), split_identifier("VendorGroup2", acronyms=False)
    (['APTrans'], ['Vendor', 'Group2'])
    """
    if not acronyms:
        return _LOWER_UPPER.sub(" ", name).split()
    return _IDENTIFIER.findall(name)


# -- abbreviations -----------------------------------------------------------------

# Abbreviations in Vista names that every reader writes out the same way.
ABBREVIATIONS: dict[str, str] = {
    "amt": "amount",
    "mth": "month",
    "co": "company",
    "trans": "transaction",
    "matl": "material",
    "cust": "customer",
    "equip": "equipment",
    "proj": "projected",
    "desc": "description",
    "retg": "retainage",
    "pct": "percent",
    "hrs": "hours",
    "dept": "department",
    "emp": "employee",
    "inv": "invoice",
    "orig": "original",
    "curr": "current",
    "acct": "account",
    "cmplt": "complete",
    "qty": "quantity",
    "recvd": "received",
    "um": "unit of measure",
    "cmtd": "committed",
    "remain": "remaining",
    "addl": "additional",
    "chg": "change",
    "disc": "discount",
    "dist": "distribution",
    "num": "number",
    "no": "number",
    "prev": "previous",
    "seq": "sequence",
    "tot": "total",
    "ytd": "year to date",
    "mtd": "month to date",
    "loc": "location",
    "vend": "vendor",
    "pd": "period",  # FiscalPd, MinPerPd: every "Pd" in Vista's columns is a period
}

# For the index (chunk texts, the retriever's word match): names in plain English for the
# embedder, module codes written out as what the module is about (``ap`` → payable).
INDEX_ABBREVIATIONS: dict[str, str] = {
    **ABBREVIATIONS,
    "est": "estimate",
    "ret": "retainage",
    "pmt": "payment",
    "req": "required",
    "rcvd": "received",
    "dt": "date",
    "yn": "yes/no",
    "ecm": "per each/hundred/thousand",
    "gl": "general ledger",
    "jc": "job cost",
    "ap": "payable",
    "ar": "receivable",
    "pr": "payroll",
    "po": "purchase order",
    "sl": "subcontract",
    "em": "equipment",
    "hq": "headquarters",
    "jb": "billing",
    "pm": "project",
    "cm": "cash",  # CMCo, CMAcct, CMRef: Cash Management in every module (committed is Cmtd/Cmt)
    "rem": "remaining",
    "misc": "miscellaneous",
    "adj": "adjustment",
    "bal": "balance",
    "cntr": "contract",
    "contr": "contract",
    "frt": "freight",
    "grp": "group",
    "int": "interest",
    "lib": "liability",
    "liab": "liability",
    "mgr": "manager",
    "rev": "revenue",
    "stat": "status",
    "wc": "workers comp",
    "uc": "unemployment",
    "fed": "federal",
    "cat": "category",
    "msg": "message",
    "wrk": "work",
    "ded": "deduction",
    "dedn": "deduction",
    "earn": "earnings",
    "hol": "holiday",
    "ot": "overtime",
    "tax": "tax",
    "cost": "cost",
    "bill": "bill",
    "billed": "billed",
    "cmt": "committed",
    "sm": "service management",
    "trnsfr": "transfer",
    "attch": "attachment",
    # the other abbreviations Vista's column names use more than once, where they mean one thing
    "jrnl": "journal",
    "lvl": "level",
    "std": "standard",
    "ref": "reference",
    "opt": "option",
    "wo": "work order",
    "pco": "pending change order",
    "aco": "approved change order",
    "act": "actual",
    "doc": "document",
    "ins": "insurance",
    "cur": "current",
    "stk": "stock",
    "calc": "calculation",
    "chk": "check",
    "recd": "received",
    "recv": "received",
    "cert": "certificate",
    "hist": "history",
    "unemp": "unemployment",
    "nbr": "number",
    "accum": "accumulation",
    "beg": "beginning",
    "rpt": "report",
    "depr": "depreciation",
    "dbl": "double",
    "freq": "frequency",
    "ovr": "override",
    "reqd": "required",
    "maint": "maintenance",
    "summ": "summary",
    "avail": "available",
    "sched": "schedule",
    "avg": "average",
    "det": "detail",
    "detl": "detail",
    "stmt": "statement",
    "stmnt": "statement",
    "cnt": "count",
    "adjst": "adjustment",
    "xfer": "transfer",
    "purch": "purchase",
    "val": "value",
    "clsd": "closed",
    "invcd": "invoiced",
    "invd": "invoiced",
    "garn": "garnishment",
    "dflt": "default",
    "addnl": "additional",
    "conv": "conversion",
    "wght": "weight",
    "acctg": "accounting",
    "dedns": "deductions",
    "auth": "authorization",
    "upd": "update",
    "updt": "update",
    "mnth": "month",
    "mtl": "material",
    "mat": "material",
    "empl": "employee",
    "occup": "occupation",
    "unapp": "unapproved",
    "addr": "address",
    "mthd": "method",
    "chrg": "charge",
    "svc": "service",
    "serv": "service",
    "catgy": "category",
    "categ": "category",
    "bkdwn": "breakdown",
    "bdown": "breakdown",
    "ttl": "total",
    "repl": "replacement",
    "bals": "balances",
    "odo": "odometer",
    "phy": "physical",
    "ui": "unapproved invoice",
    "fc": "finance charge",
    "edl": "earnings deduction liability",
}

# For generated questions: names as a project accountant would type them; module codes
# stay the acronyms users write (``ap`` → AP), and ``wc``/``sm`` are the billing columns'
# work completed / stored materials.
QUESTION_ABBREVIATIONS: dict[str, str] = {
    **ABBREVIATIONS,
    "cur": "current",
    "est": "estimated",
    "cont": "contract",
    "gl": "GL",
    "ap": "AP",
    "ar": "AR",
    "jc": "JC",
    "pr": "PR",
    "em": "EM",
    "po": "PO",
    "sl": "SL",
    "in": "IN",
    "cm": "CM",
    "hq": "HQ",
    "jb": "JB",
    "pm": "PM",
    "id": "ID",
    "chk": "check",
    "ref": "reference",
    "rec": "received",
    "bo": "backordered",
    "ovr": "override",
    "wc": "work completed",
    "sm": "stored materials",
    "phs": "phase",
    "ct": "cost type",
}


def words(name: str) -> str:
    """A Vista identifier in words for the index: ``BilledAmt`` → ``billed amount``, ``JCCo`` → ``job cost company``.

    >>> words("RetgPct")
    'retainage percent'
    >>> words("OpenYN")
    'open yes/no'
    >>> words("JCCo")
    'job cost company'

    Two module codes run together are both written out (GLIA's ``ARGLAcct`` is the AR side's
    GL account):

    >>> words("ARGLAcct"), words("APPOCo"), words("INCo"), words("DateIn")
    ('receivable general ledger account', 'payable purchase order company', 'inventory company', 'date in')

    Every abbreviation Vista's columns use more than once is written out where it means one thing:

    >>> words("ExpJrnl"), words("PCOItem"), words("UIMth"), words("PhyCnt"), words("FiscalPd")
    ('exp journal', 'pending change order item', 'unapproved invoice month', 'physical count', 'fiscal period')
    """
    parts = []
    for p in split_identifier(name):
        if len(p) == 4 and p.isupper() and p[:2] in MODULES and p[2:] in MODULES:
            parts += [p[:2], p[2:]]
        else:
            parts.append(p)
    return " ".join(_word(p) for p in parts)


def _word(part: str) -> str:
    if part == "IN":  # the Inventory module's code; "In" in DateIn is the English word
        return "inventory"
    return INDEX_ABBREVIATIONS.get(part.lower(), part.lower())


_TITLE_WORD = re.compile(r"[A-Za-z]+")
_CAMEL = re.compile(r"[a-z][A-Z]")
# abbreviations that are also English words, which documented prose uses as such
_ENGLISH = frozenset("no in act int beg ins mat fed cat earn hol stat est rem ret det val".split())


def written_out(title: str) -> str:
    """A documented title with the abbreviations Vista's own titles use written out, for matching.

    Vista's form titles abbreviate as its column names do: a question says "materials", not
    "Matls"; "department", not "Dept". Module codes and English words stay as written.

    >>> written_out("HQ Matls"), written_out("EM Std Maint Header"), written_out("JC Dept Liab Types")
    ('HQ materials', 'EM standard maintenance Header', 'JC department liability Types')
    >>> written_out("EM WO Status Codes"), written_out("No cost in this table")
    ('EM work order Status Codes', 'No cost in this table')
    >>> written_out("HQ PayTerms")
    'HQ pay terms'
    """

    def one(found: re.Match[str]) -> str:
        word = found.group(0)
        if _CAMEL.search(word):  # "HQ PayTerms", "AR RecType Master": a column name in a title
            return words(word)
        low = word.lower()
        if low in _ENGLISH or word.upper() in MODULES:
            return word
        if low in INDEX_ABBREVIATIONS:
            return INDEX_ABBREVIATIONS[low] if INDEX_ABBREVIATIONS[low] != low else word
        if low.endswith("s") and low[:-1] in INDEX_ABBREVIATIONS and low[:-1] not in _ENGLISH:
            full = INDEX_ABBREVIATIONS[low[:-1]]
            return word if full == low[:-1] else full + "s"
        return word

    return _TITLE_WORD.sub(one, title)


# -- terms: stems without stopwords ------------------------------------------------

_WORD = re.compile(r"[a-z0-9]+")

# Words that say nothing about which table a question needs.
STOPWORDS = frozenset(
    "a an the of for to in on by with and or is are was were be me my our all any each per what which who "
    "how many much show list give get find from at as that this those these than then it its do does did "
    "have has had not no yes by over under between into out up down there their them they we you i".split()
)

# The "which table holds…" look-up's own: the words of asking where something is kept
# ("table", "holds", "column"). It keeps "list", "show", "all"… that STOPWORDS drops, because
# its matches are substrings of descriptions, not ranked terms.
LOOKUP_STOPWORDS = frozenset(
    {
        "which",
        "what",
        "table",
        "tables",
        "view",
        "views",
        "holds",
        "hold",
        "store",
        "stored",
        "stores",
        "keeps",
        "kept",
        "where",
        "does",
        "have",
        "has",
        "contains",
        "contain",
        "column",
        "columns",
        "find",
        "the",
        "for",
        "with",
        "and",
        "from",
        "that",
        "this",
        "held",
        "found",
        "is",
        "are",
        "of",
        "a",
        "an",
        "in",
        "on",
        "to",
    }
)

_SIBILANT = re.compile(r"(?:[sxz]|ch|sh)es$")


@lru_cache(maxsize=1)
def _english():
    import Stemmer  # PyStemmer: Snowball's C stemmers

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str, *, verb_endings: bool = True) -> str:
    """A lower-case word reduced to its stem, the same for every form a question or a column uses.

    The Snowball (Porter2) English stemmer (PyStemmer): "invoice", "invoices" and "invoiced" meet, as do
    "name" and "names". With ``verb_endings=False`` only the plural goes ("billed" stays):
    ``-ies`` becomes ``-y``, ``-es`` goes after a hissing sound, ``-s`` after anything but ``s``.

    >>> stem("companies"), stem("vendors"), stem("billed"), stem("billing")
    ('compani', 'vendor', 'bill', 'bill')
    >>> stem("invoice") == stem("invoices") == stem("invoiced"), stem("names") == stem("name")
    (True, True)
    >>> stem("billed", verb_endings=False), stem("classes", verb_endings=False), stem("ties", verb_endings=False)
    ('billed', 'class', 'tie')
    >>> stem("names", verb_endings=False), stem("status", verb_endings=False), stem("companies", verb_endings=False)
    ('name', 'status', 'company')
    """
    if verb_endings:
        return _english().stemWord(word)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and _SIBILANT.search(word):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def terms(text: str) -> set[str]:
    """The stemmed words of a text that carry meaning (no stopwords, no single letters).

    >>> sorted(terms("Which vendors have unpaid invoices?"))
    ['invoic', 'unpaid', 'vendor']
    """
    return {stem(w) for w in _content_words(text)}


def tokens(text: str, *, verb_endings: bool = True) -> list[str]:
    """The stemmed words of a text in order, repeats kept (for BM25 term frequencies and phrase matching).

    >>> tokens("Billed to date: billed amounts")
    ['bill', 'date', 'bill', 'amount']

    ``verb_endings=False`` drops plurals only, for phrases that must be said as written:
    "received" and "receivables" are one Snowball stem, not one term.

    >>> tokens("received to date", verb_endings=False), tokens("receivables", verb_endings=False)
    (['received', 'date'], ['receivable'])
    """
    return [stem(w, verb_endings=verb_endings) for w in _content_words(text)]


def said_as(text: str) -> dict[str, str]:
    """Each stem of a text → the word the text used for it first, to show stems as the user wrote them.

    >>> said_as("the project managers of each job")["manag"]
    'managers'
    """
    out: dict[str, str] = {}
    for w in _content_words(text):
        out.setdefault(stem(w), w)
    return out


def _content_words(text: str) -> list[str]:
    """A text's lower-case words that carry meaning, in order: no stopwords, no single letters."""
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]


# -- modules -----------------------------------------------------------------------

# Vista's module codes and their names, as the chunk texts show them.
MODULES: dict[str, str] = {
    "AP": "Accounts Payable",
    "AR": "Accounts Receivable",
    "CM": "Cash Management",
    "EM": "Equipment Management",
    "GL": "General Ledger",
    "HQ": "Headquarters (shared masters)",
    "IN": "Inventory",
    "JB": "Job Billing",
    "JC": "Job Cost",
    "PM": "Project Management",
    "PO": "Purchase Orders",
    "PR": "Payroll",
    "SL": "Subcontracts",
}

# The words a question uses for what a module is about (the retriever's word match adds
# them to every object of the module; "vendor" points at AP, "bank" at CM).
MODULE_AREAS: dict[str, str] = {
    "AP": "accounts payable vendor",
    "AR": "accounts receivable customer",
    "CM": "cash management bank",
    "EM": "equipment",
    "GL": "general ledger account",
    "HQ": "headquarters company",
    "IN": "inventory",
    "JB": "job billing bill",
    "JC": "job cost",
    "PM": "project management project",
    "PO": "purchase order",
    "PR": "payroll employee",
    "SL": "subcontract",
}
