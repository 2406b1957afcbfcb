"""The packages form layers: cli → {finetune, ingest} → assistant, with no import cycles.

finetune may import ingest and assistant; ingest may import assistant; assistant
imports neither; nothing imports cli. Checked on the real import statements (ast),
those inside functions included, and no module loads another by name at run time.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("assistant", "ingest", "finetune", "cli")
# a package may import only the packages listed for it (and itself)
ALLOWED = {
    "assistant": set(),
    "ingest": {"assistant"},
    "finetune": {"assistant", "ingest"},
    "cli": {"assistant", "ingest", "finetune"},
}
# "package.module:attribute": a command or plugin registered by name instead of imported
REGISTERED_BY_NAME = re.compile(rf"^(?:{'|'.join(PACKAGES)})(?:\.\w+)*:\w+$")


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def imported_packages(tree: ast.AST) -> set[str]:
    """Our packages a module imports, wherever the import statement is (functions too)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found & set(PACKAGES)


def ours(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.split(".")[0] in PACKAGES
    )


def dynamic_loads(tree: ast.AST) -> list[str]:
    """``importlib.import_module`` calls, ``__import__`` of our packages and "pkg.module:attr" strings."""
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module == "importlib"
            and any(a.name == "import_module" for a in node.names)
        ):
            found.append(f"line {node.lineno}: from importlib import import_module")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            # (__import__ of a third-party name, e.g. to read its version, is no layering question)
            if name == "import_module" or (
                name == "__import__" and node.args and ours(node.args[0])
            ):
                found.append(f"line {node.lineno}: {name}()")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and REGISTERED_BY_NAME.match(node.value)
        ):
            found.append(f"line {node.lineno}: {node.value!r}")
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_package_imports_only_lower_layers(package: str) -> None:
    offenders = []
    for path in modules(package):
        bad = (
            imported_packages(ast.parse(path.read_text(encoding="utf-8")))
            - ALLOWED[package]
            - {package}
        )
        if bad:
            offenders.append(f"{path.relative_to(ROOT)} imports {sorted(bad)}")
    assert offenders == []


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_is_loaded_by_name(package: str) -> None:
    offenders = [
        f"{path.relative_to(ROOT)} {hit}"
        for path in modules(package)
        for hit in dynamic_loads(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == []


def test_the_checks_see_imports_inside_functions_and_dynamic_loads() -> None:
    tree = ast.parse(
        "def f():\n    import importlib\n    from cli.main import cli\n"
        "    return importlib.import_module('cli.ask'), 'cli.ask:ask', __import__('cli'), __import__('torch')\n"
    )
    assert imported_packages(tree) == {"cli"}
    assert dynamic_loads(tree) == [
        "line 4: import_module()",
        "line 4: 'cli.ask:ask'",
        "line 4: __import__()",
    ]


def test_cli_root_group_holds_command_objects_not_names() -> None:
    from cli.main import COMMANDS, cli

    assert all(hasattr(command, "invoke") for command in COMMANDS.values())
    assert set(cli.commands) == set(COMMANDS)


def test_every_module_imports_on_its_own_first() -> None:
    """A module imported before its package's siblings must not hit a half-built cycle
    (``plan_parser`` imported first once failed inside ``plan``'s re-export of it)."""
    import subprocess
    import sys

    names = [
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for package in PACKAGES
        for path in modules(package)
    ]
    script = (
        "import importlib, sys\n"
        f"ours = {PACKAGES!r}\n"
        "failed = []\n"
        "for name in sys.argv[1:]:\n"
        "    for key in [k for k in sys.modules if k.split('.')[0] in ours]:\n"
        "        del sys.modules[key]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except ImportError as exc:\n"
        "        failed.append(f'{name}: {exc}')\n"
        "print('\\n'.join(failed))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *names],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "", done.stdout
