"""The app's collaborators, loaded once from settings: catalog, retriever, model, shadow.

This is the I/O edge of the chat: ``answer.py`` only calls the small methods
here (``validate``, ``retrieve``, ``draft``, ``preview``…), so tests hand it the
same real parts and the logic stays free of loading concerns. Heavy parts (the
model, the vector index) load lazily, once, behind a lock: the first question
pays for them, a review never does.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..catalog import Catalog
from ..errors import VgptError
from ..settings import Settings, load_settings

log = logging.getLogger(__name__)


@dataclass
class Deps:
    settings: Settings
    catalog: Catalog
    _retriever: Any = None
    _retriever_loaded: bool = False
    _backends: dict = field(default_factory=dict)
    backend_problem: str = ""
    retriever_problem: str = ""
    _shadow: Any = None
    _shadow_loaded: bool = False
    _lock: threading.RLock = field(default_factory=threading.RLock)
    # (sql) -> Report: every SQL the app validated, in order (the audit trail tests read)
    validated: list = field(default_factory=list)

    # -- validation ---------------------------------------------------------

    def validate(self, sql: str, *, strict: bool = False):
        from ..validate import validate

        report = validate(sql, self.catalog, stages=self.stages(), strict=strict)
        with self._lock:
            self.validated.append(report.sql)
        return report

    def stages(self) -> tuple[Callable, ...]:
        shadow = self.shadow()
        if shadow is None or not self.settings.dry_run:
            return ()
        stage = getattr(shadow, "stage", None)
        return (stage,) if stage is not None else ()

    # -- retrieval ----------------------------------------------------------

    def retriever(self):
        with self._lock:
            if not self._retriever_loaded:
                self._retriever_loaded = True
                try:
                    from ..retrieval.retrieve import open_retriever

                    self._retriever = open_retriever(self.settings)
                except (ImportError, VgptError, OSError, ValueError) as exc:
                    self.retriever_problem = f"Retrieval is unavailable ({exc}); run `vgpt ingest`."
                    log.warning(self.retriever_problem)
            return self._retriever

    def retrieve(self, question: str):
        retriever = self.retriever()
        if retriever is None:
            return None
        return retriever.retrieve(question, k=8, budget_tokens=self.settings.context_tokens)

    # -- the model ----------------------------------------------------------

    def model_settings(self, backend: str = "", model: str = "", company: int | None = None) -> Settings:
        """Settings with the chat's choices applied: backend, model, default company."""
        changes: dict[str, Any] = {}
        if backend:
            changes["backend"] = backend
        if model:
            if (backend or self.settings.backend) == "openai":
                changes["openai_model"] = model
            else:
                changes["model_path"] = model
        if company is not None:
            changes["default_company"] = company
        return self.settings.with_(**changes) if changes else self.settings

    def backend(self, backend: str = "", model: str = ""):
        """The model backend for a choice (default: the settings'), loaded once; None when none can be had."""
        settings = self.model_settings(backend, model)
        key = (settings.backend, settings.model_path, settings.openai_base_url, settings.openai_model, settings.adapter_path)
        with self._lock:
            if key not in self._backends:
                try:
                    from ..backends import make_backend

                    self._backends[key] = make_backend(settings)
                    self.backend_problem = "" if self._backends[key] is not None else "The backend is set to 'none'."
                except (ImportError, VgptError, OSError) as exc:
                    self._backends[key] = None
                    self.backend_problem = str(exc)
                    log.warning("model backend unavailable: %s", exc)
            return self._backends[key]

    def draft(self, question: str, *, backend, choice: tuple[str, str] = ("", ""), company: int | None = None, on_token=None):
        from ..drafting.generate import draft

        return draft(
            question,
            catalog=self.catalog,
            retriever=self.retriever(),
            backend=backend,
            settings=self.model_settings(*choice, company=company),
            on_token=on_token,
            stages=self.stages(),
        )

    def review_opinion(self, report, question: str, choice: tuple[str, str] = ("", "")) -> tuple[tuple, str | None]:
        """The model reviewer's findings (marked as opinions) and its validated correction, if any.

        Runs only when the reviewer is switched on, a model is available and a
        question says what the query should mean; otherwise ``((), None)``.
        """
        if not self.settings.reviewer or not question:
            return (), None
        backend = self.backend(*choice)
        if backend is None:
            return (), None
        from ..drafting.review import review
        from .answer import is_opinion

        result = review(
            question,
            report.sql,
            catalog=self.catalog,
            backend=backend,
            settings=self.settings,
            context=self.retrieve(question),
            report=report,
            stages=self.stages(),
        )
        findings = tuple(f for f in result.findings if is_opinion(f))
        corrected = result.sql if result.applied is not None else result.offered
        return findings, corrected

    # -- the shadow database (dry-run stage and preview) ----------------------

    def shadow(self):
        with self._lock:
            if not self._shadow_loaded:
                self._shadow_loaded = True
                self._shadow = _open_shadow(self.settings)
            return self._shadow

    def preview(self, sql: str, limit: int = 10):
        shadow = self.shadow()
        if shadow is None or shadow.preview is None:
            return None
        from .answer import Preview

        try:
            result = shadow.preview(sql, limit)
        except Exception as exc:  # a preview is a nicety: never let it break an answer
            log.info("no preview: %s", exc)
            return None
        if result is None:
            return None
        columns = tuple(getattr(result, "columns", ()) or ())
        rows = tuple(tuple(_cell(v) for v in r) for r in (getattr(result, "rows", ()) or ()))
        if not columns:
            return None
        return Preview(columns, rows[:limit])


def _cell(value: Any) -> Any:
    """A preview cell the page can show: numbers, text and None as they are; the rest as text."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "0x" + bytes(value).hex()[:32] + ("…" if len(bytes(value)) > 16 else "")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class _Shadow:
    stage: Callable | None
    preview: Callable[[str, int], Any] | None


def _open_shadow(settings: Settings) -> _Shadow | None:
    """The shadow's dry-run stage and result preview, when a shadow database has been built."""
    path = Path(settings.shadow_path)
    if not path.exists():
        return None
    try:
        from ..shadow import dry_run_stage, open_shadow, preview
    except ImportError:
        return None
    try:
        con = open_shadow(path)  # read-only; each query runs on its own cursor
    except Exception as exc:  # an unreadable shadow only costs the dry run and previews
        log.warning("shadow database unavailable: %s", exc)
        return None

    def show(sql: str, limit: int):
        columns, rows = preview(sql, con, limit)
        return _Rows(tuple(columns), tuple(rows))

    return _Shadow(dry_run_stage(con), show)


@dataclass(frozen=True)
class _Rows:
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]


_DEPS: dict[Path, Deps] = {}
_DEPS_LOCK = threading.Lock()


def load_deps(settings: Settings | None = None) -> Deps:
    """The app's dependencies for a settings root, loaded once per process."""
    settings = settings or load_settings()
    with _DEPS_LOCK:
        deps = _DEPS.get(settings.root)
        if deps is None:
            catalog = Catalog.load(settings.catalog_path)
            deps = Deps(settings=settings, catalog=catalog)
            _DEPS[settings.root] = deps
        return deps


def install(deps: Deps, root: Path | None = None) -> Deps:
    """Use ``deps`` for a settings root from now on (tests and embedding apps inject theirs)."""
    with _DEPS_LOCK:
        _DEPS[Path(root or deps.settings.root)] = deps
    return deps
