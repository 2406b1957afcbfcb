"""Every package the runtime imports is a declared dependency: a fresh `make chat` installs only those."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ("assistant", "ingest", "cli")
# imported only where an optional engine is chosen, each behind a clear "install the extra" error
OPTIONAL = {"llama_cpp", "torch"}  # torch: never pinned (CPU and CUDA builds differ), see README


def _imports(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {
        re.split(r"[\[<>=!~ ;]", spec, maxsplit=1)[0].lower().replace("_", "-")
        for spec in project["dependencies"]
    }


def test_every_third_party_import_of_the_runtime_is_a_declared_dependency() -> None:
    ours = set(RUNTIME) | {"finetune", "tests"}
    modules = set().union(*(_imports(ROOT / p) for p in RUNTIME))
    third_party = {
        m for m in modules if m not in sys.stdlib_module_names and m not in ours | OPTIONAL
    }
    owners = packages_distributions()
    declared = _declared()
    missing = {
        m: owners.get(m, ["?"])
        for m in sorted(third_party)
        if not any(d.lower().replace("_", "-") in declared for d in owners.get(m, [m]))
    }
    assert missing == {}, f"imported by the runtime but not in [project] dependencies: {missing}"
