"""Regenerate tests/data/validator/mutants.jsonl from the correct corpus (run by hand after corpus changes).

    .venv/bin/python tests/validate/make_mutants.py [--catalog FILE]

The committed file pins the seeded errors, so a change to ``mutants.py`` cannot
quietly make the recall test easier: ``test_committed_mutants_are_caught`` runs them as data.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from assistant.catalog import Catalog  # noqa: E402
from assistant.validate.mutants import seed_mutants  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--catalog", type=Path)
    args = ap.parse_args()
    if args.catalog:
        catalog = Catalog.load(args.catalog)
    else:
        from ingest.build import build_catalog

        catalog = build_catalog(ROOT / "data" / "viewpoint_documentation")
    spec = importlib.util.spec_from_file_location("validator_corpus", HERE / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    out = ROOT / "tests" / "data" / "validator" / "mutants.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for case in module.load_corpus():
            for m in seed_mutants(case.sql, catalog, random.Random(case.name)):
                fh.write(
                    json.dumps(
                        {
                            "case": case.name,
                            "rule": m.rule,
                            "kind": m.kind,
                            "note": m.note,
                            "sql": m.sql,
                        }
                    )
                    + "\n"
                )
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
