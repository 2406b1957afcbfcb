"""Reading a question: its clauses, the phrases it says, the object codes it writes.

Pure functions over the question's text and its stemmed words (``vocabulary.tokens``), used by
the ranking (``ranking``) and by retrieval to pick the clauses it embeds (``retrieve``).
"""

from __future__ import annotations

import re

from ..vocabulary import tokens

_RAW_WORD = re.compile(r"[a-z0-9]+")
_CODE = re.compile(r"\b[A-Za-z][A-Za-z0-9_]{3,}\b")
_CLAUSE = re.compile(
    r"[,;:?()]|\s(?:with|including|along with|plus|and the|and each|and their|and its)\s",
    re.IGNORECASE,
)


def facets(question: str, most: int = 3) -> list[str]:
    """The clauses of a long question, each naming one thing a report needs ("the supplier's name").

    At most three: with the question that is four texts, which the embedder encodes on its fast
    small-batch path (``embedding.NumpyBert.FEW``).

    >>> facets("Open items on jobs, with the supplier's name and the phase description")
    ['Open items on jobs', "the supplier's name", 'phase description']
    >>> facets("Which vendors are unpaid?")
    []
    """
    parts = [p.strip() for p in _CLAUSE.split(question) if p and tokens(p)]
    return parts[:most] if len(parts) > 1 else []


def written_codes(question: str) -> list[str]:
    """The words a question writes as codes: capitals inside them ("JCCD", "bAPTH", "PMSubmittal").

    A lower-case word is English, even where a code spells it ("pred", "prin").

    >>> written_codes("GLDT entries and bAPTH lines, not pred or Jobs")
    ['GLDT', 'bAPTH']
    """
    return [w for w in _CODE.findall(question) if sum(ch.isupper() for ch in w) >= 2]


def is_set_phrase(name: str, wanted: tuple[str, ...]) -> bool:
    """Whether a term has a little word inside ("received to date"): then only its order says it.

    >>> is_set_phrase("received to date", ("received", "date")), is_set_phrase("open contract", ("open", "contract"))
    (True, False)
    """
    return len(_RAW_WORD.findall(name.lower())) > len(wanted)


def says_phrase(
    wanted: tuple[str, ...], asked: list[str], slack: int = 2, any_order: bool = True
) -> bool:
    """Whether ``asked`` says ``wanted``: its words side by side in any order ("contracts that are
    open": stopwords aside, "open contract"), or in their order with at most ``slack`` other words
    between them. Apart and out of order they say something else: "received to date" is not "the
    date and quantity received". A set phrase (``any_order=False``) is said in its order only:
    "the date received" is not "received to date".

    >>> says_phrase(("bill", "date"), ["amount", "bill", "so", "far", "date"])
    True
    >>> says_phrase(("open", "contract"), ["contract", "open"])
    True
    >>> says_phrase(("received", "date"), ["date", "quantiti", "received"])
    False
    >>> says_phrase(("received", "date"), ["date", "received"], any_order=False)
    False
    """
    if not wanted:
        return False
    need = set(wanted)
    for start, t in enumerate(asked):
        if any_order and need == set(asked[start : start + len(wanted)]):
            return True
        if t != wanted[0]:
            continue
        at, gaps = start, 0
        for w in wanted[1:]:
            nxt = at + 1
            while nxt < len(asked) and asked[nxt] != w and gaps <= slack:
                nxt, gaps = nxt + 1, gaps + 1
            if nxt >= len(asked) or asked[nxt] != w or gaps > slack:
                break
            at = nxt
        else:
            return True
    return False
