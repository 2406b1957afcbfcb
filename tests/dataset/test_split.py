"""Train/eval split by table family: disjoint, deterministic, seeded."""

from __future__ import annotations

from ingest.dataset.records import Record
from ingest.dataset.split import choose_eval_families, families, split_records, stem


def record(*objects):
    return Record("generation", "t", f"q {objects}", "", "", "", objects, "AP")


def test_stem_strips_the_b_or_v_prefix():
    assert stem("bAPTH") == "APT"
    assert stem("APTL") == "APT"
    assert stem("vSMWorkOrder") == "SMW"


def test_header_and_details_share_a_family(tiny_catalog):
    fam = families(tiny_catalog)
    assert fam["bapth"] == fam["baptl"] == fam["baptd"]
    assert fam["bjccm"] == fam["bjcci"]
    assert fam["bapvm"] != fam["bapth"]


def test_no_train_record_touches_an_eval_family(tiny_catalog):
    records = [
        record(v) for v in ("APTH", "APTL", "APTD", "APVM", "JCCM", "JCCI", "ARCM", "HQCO")
    ] * 5
    records += [record("APTH", "APVM"), record("JCCM", "ARCM")]
    splits, eval_fams = split_records(tiny_catalog, records, seed=3, eval_share=0.3)
    assert splits["eval"] and splits["train"]
    for _, fams in splits["train"]:
        assert not eval_fams.intersection(fams)
    for _, fams in splits["eval"]:
        assert eval_fams.intersection(fams)


def test_split_is_deterministic_for_a_seed_and_changes_with_it():
    fams = [[f"F{i % 40}"] for i in range(400)]
    assert choose_eval_families(fams, 7) == choose_eval_families(fams, 7)
    assert any(choose_eval_families(fams, 7) != choose_eval_families(fams, s) for s in range(8, 12))


def test_eval_share_is_roughly_respected():
    fams = [[f"F{i % 50}"] for i in range(1000)]
    chosen = choose_eval_families(fams, 1, 0.2)
    share = sum(1 for f in fams if chosen.intersection(f)) / len(fams)
    assert 0.18 <= share <= 0.26
