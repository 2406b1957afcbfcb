"""Masters a report question names by one word behind the tables retrieval chose (catalog only).

"AR invoice lines with the job and its project manager" needs ``JCJM`` and ``JCMP`` although
the question never says their names: the words "job" and "project manager" say them, through
the columns of the chosen tables that hold their keys.
"""

from __future__ import annotations

import math

import pytest

from assistant.retrieval.links import links_from, reference_links
from assistant.retrieval.mentions import mentioned_masters, mentioned_referrers, title_terms
from assistant.retrieval.ranking import name_words
from assistant.vocabulary import tokens


@pytest.fixture(scope="module")
def world(sample_catalog):
    """The sample's links, every object's title words and an idf over the titles."""
    up = links_from(sample_catalog)
    titles = {}
    for obj in sample_catalog.objects:
        info = sample_catalog.base_of(obj.name) or obj
        titles[obj.name] = title_terms(obj, info, name_words(obj.name))
    df: dict[str, int] = {}
    for found in titles.values():
        for t in found:
            df[t] = df.get(t, 0) + 1

    def idf(term: str) -> float:
        return math.log(len(titles) / df.get(term, 1))

    return up, titles, idf


def named(world, question: str, chosen: list[str]) -> dict[str, tuple[str, ...]]:
    up, titles, idf = world
    found = mentioned_masters(set(tokens(question)), chosen, up, titles, idf, 1.5)
    return {m.target: m.words for m in found}


def test_a_master_named_by_one_word_is_pulled_in_and_followed_to_the_next(world):
    got = named(world, "AR invoice lines with the job and its project manager", ["ARTL"])
    assert got["JCJM"] == ("job",)
    assert got["JCMP"] == tuple(sorted(tokens("project manager")))  # from JCJM, pulled in


def test_a_word_of_the_chosen_tables_own_title_names_no_master(world):
    # "job phases" are JCJP's rows: the question asks for phases, not for the job master
    assert "JCJM" not in named(world, "List the job phases that are active", ["JCJP"])


def test_one_word_of_a_two_word_key_is_not_enough(world):
    # TaxCode is "tax code": "hold code" does not name the tax codes
    assert "HQTX" not in named(world, "Purchase order items with the hold code", ["POIT"])
    assert "HQTX" in named(world, "Purchase order items with the tax code", ["POIT"])


def test_the_key_column_another_master_already_carries_is_not_needed_to_name_one(world):
    # PREH's Craft and Class lead to the class (PRCC); Craft alone leads to the craft (PRCM)
    got = named(world, "Employees with the description of their class", ["PREH"])
    assert got.get("PRCC") == ("class",)
    assert "PRCM" not in got


def test_each_word_pulls_one_master_the_one_it_names_exactly(world):
    got = named(world, "AP invoice lines with the vendor name and the job", ["APTL", "APTH"])
    assert "APVM" in got and "JCJM" in got
    pulled_by_vendor = [t for t, w in got.items() if "vendor" in w]
    assert pulled_by_vendor == ["APVM"]


def test_a_company_column_says_company_not_its_module(world):
    # JCCo is the job cost company: the words "job cost" do not name HQ Companies
    assert "HQCO" not in named(world, "Job cost by contract", ["JCCM"])
    assert "HQCO" in named(world, "Contracts with the company name", ["JCCM"])


@pytest.fixture(scope="module")
def into(sample_catalog):
    """Each object's incoming links: the tables that hold its key."""
    found: dict[str, list] = {}
    for link in reference_links(sample_catalog):
        found.setdefault(link.target.lower(), []).append(link)
    return found


def referrers(world, into, question: str, chosen: list[str]) -> dict[str, tuple[str, ...]]:
    _, titles, idf = world
    found = mentioned_referrers(set(tokens(question)), chosen, into, titles, idf, 1.5)
    return {m.target: m.words for m in found}


def test_a_table_that_points_at_the_chosen_master_is_named_by_its_title(world, into):
    # JCJM.InsTemplate holds JCTN's key: "each job" names the job master from the template
    got = referrers(world, into, "Which insurance template is assigned to each job?", ["JCTN"])
    assert got == {"JCJM": ("job",)}


def test_a_referrer_is_named_only_by_its_whole_title(world, into):
    assert referrers(world, into, "Which insurance templates are set up?", ["JCTN"]) == {}
    # PRCC (craft classes) points at PRCM (crafts): "classes" alone is half its title
    assert "PRCC" not in referrers(world, into, "List the union's pay classes", ["PRCM"])
    assert "PRCC" in referrers(world, into, "List each union's craft classes", ["PRCM"])


def test_a_documented_title_is_read_with_its_abbreviations_written_out(world):
    # Vista titles its materials table "HQ Matls" and its standard maintenance "EM Std Maint
    # Header": a question says "materials" and "maintenance"
    _, titles, _ = world
    assert set(tokens("materials")) <= titles["HQMT"]
    assert set(tokens("standard maintenance")) <= titles["EMSH"]


def test_a_long_gloss_after_a_short_title_leaves_the_title(world):
    # "JC Override Projections (projected job cost override by month)": the table is the
    # overrides, not the jobs or the months its gloss mentions
    _, titles, _ = world
    assert titles["JCOP"] == frozenset(tokens("override projections"))
