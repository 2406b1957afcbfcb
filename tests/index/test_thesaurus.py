"""The trade's everyday words and the Vista words retrieval adds for them (``assistant.thesaurus``)."""

from __future__ import annotations

from assistant.retrieval.columns import column_terms
from assistant.thesaurus import EVERYDAY, synonyms
from assistant.vocabulary import terms, tokens


def test_every_vista_word_the_thesaurus_adds_is_one_the_catalog_uses(sample_catalog):
    # a word no column or description says would match nothing: the entry would be dead
    used: set[str] = set()
    for obj in sample_catalog.objects:
        used |= terms(obj.about[0]) | terms(obj.name)
        for column in obj.columns:
            used |= column_terms(column)
    for everyday, vista in EVERYDAY.items():
        assert set(tokens(vista)) <= used, (everyday, vista, set(tokens(vista)) - used)


def test_a_phrase_is_read_whole_before_its_words():
    # "cost code" is a phase; neither "cost" nor "code" alone means anything to the thesaurus
    assert synonyms(tokens("budget by cost code")) == [
        (tokens("estimate")[0], tokens("budget")[0]),
        (tokens("phase")[0], tokens("code")[0]),
    ]
    assert synonyms(tokens("the cost type code")) == []


def test_words_the_question_already_says_are_not_added_twice():
    assert synonyms(tokens("each supplier's vendor number")) == []
    assert [v for v, _ in synonyms(tokens("subcontractor on each job"))] == tokens(
        "vendor subcontract"
    )


def test_the_user_s_word_is_kept_beside_the_vista_word():
    # the reasons show what the user said: each added word names the word it came from
    assert synonyms(tokens("the union's remittance")) == [
        (tokens("craft")[0], tokens("union")[0]),
        (tokens("remit")[0], tokens("remittance")[0]),
    ]


def test_an_acronym_the_index_writes_out_is_read_as_its_words():
    # the index says "work order" for WO and "pending change order" for PCO: a user typing the
    # acronym must still meet those words
    assert [v for v, _ in synonyms(tokens("hours charged to each WO"))] == tokens("work order")
    assert [v for v, _ in synonyms(tokens("PCO amounts"))] == tokens("pending change order")


def test_an_entry_is_a_transaction_only_where_its_kind_is_said():
    # "time entries" are timecards; a bare "entry" would name AP's transactions in payroll questions
    assert [v for v, _ in synonyms(tokens("time entries by employee"))] == tokens("timecard")
    assert [v for v, _ in synonyms(tokens("journal entries posted"))] == tokens("transaction")
    assert synonyms(tokens("entries keyed this week")) == []


def test_the_acronyms_users_type_are_read_as_what_they_stand_for():
    # "who's the PM on each job": a person, not the Project Management module
    assert [v for v, _ in synonyms(tokens("who's the PM on each job"))] == tokens("project manager")
    # a sub is a subcontract's vendor, as a subcontractor is; a CO is a change order
    assert [v for v, _ in synonyms(tokens("each sub's name"))] == tokens("subcontract vendor")
    assert [v for v, _ in synonyms(tokens("pending CO log"))] == tokens("change order")
