"""One runtime for every caller: catalog, retriever, model backends and validator stages.

The chat app, ``vgpt ask``, ``vgpt validate``, ``vgpt search`` and ``vgpt eval``
all build their parts here, from ``Settings``, so they cannot drift apart (the
stale-shadow check, the model overrides). Heavy parts (the model, the vector
index, the shadow connection) load lazily, once, behind a lock: the first
question pays for them, a review never does.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from .backends.base import Backend
from .catalog import Catalog
from .errors import VgptError
from .settings import Settings
from .validate.findings import Finding, Report

if TYPE_CHECKING:
    from .retrieval.protocols import Retriever

log = logging.getLogger(__name__)

Stage = Callable[[str, Catalog], list[Finding]]


@dataclass(frozen=True)
class Preview:
    """A result preview: column names and the first rows, as the page shows them."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    note: str = "on sample data, not your database"


@dataclass(frozen=True)
class Shadow:
    """The shadow database's two uses: the validator's dry-run stage and result previews."""

    stage: Stage
    preview: Callable[[str, int], Preview]


def model_settings(
    settings: Settings, backend: str = "", model: str = "", company: int | None = None, **more: Any
) -> Settings:
    """``settings`` with a caller's model choices applied (backend, model, default company).

    A model name means a served model for the OpenAI backend and a local folder otherwise.
    """
    changes: dict[str, Any] = {k: v for k, v in more.items() if v is not None}
    if backend:
        changes["backend"] = backend
    if model:
        changes["openai_model" if (backend or settings.backend) == "openai" else "model_path"] = (
            model
        )
    if company is not None:
        changes["default_company"] = company
    return settings.with_(**changes) if changes else settings


@dataclass
class Runtime:
    settings: Settings
    catalog: Catalog
    _retriever: Retriever | None = None
    _retriever_loaded: bool = False
    _backends: dict = field(default_factory=dict)
    backend_problem: str = ""
    retriever_problem: str = ""
    _shadow: Shadow | None = None
    _shadow_loaded: bool = False
    _lock: threading.RLock = field(default_factory=threading.RLock)
    # every SQL this runtime validated, in order (the audit trail tests read)
    validated: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, settings: Settings) -> Runtime:
        """The runtime over the catalog that ingest last saved."""
        return cls(settings=settings, catalog=Catalog.load(settings.catalog_path))

    # -- validation ---------------------------------------------------------

    def validate(self, sql: str, *, strict: bool = False, dry_run: bool = True) -> Report:
        from .validate import validate

        stages = self.stages() if dry_run else ()
        report = validate(sql, self.catalog, stages=stages, strict=strict)
        with self._lock:
            self.validated.append(report.sql)
        return report

    def stages(self) -> tuple[Stage, ...]:
        """The dry-run stage when it is on and an up-to-date shadow exists; none otherwise."""
        shadow = self.shadow()
        if shadow is None or not self.settings.dry_run:
            return ()
        return (shadow.stage,)

    # -- retrieval ----------------------------------------------------------

    def retriever(self) -> Retriever | None:
        with self._lock:
            if not self._retriever_loaded:
                self._retriever_loaded = True
                from .retrieval.retrieve import open_retriever

                try:
                    self._retriever = open_retriever(self.settings)
                except (VgptError, OSError, ValueError) as exc:
                    self.retriever_problem = f"Retrieval is unavailable ({exc}); run `vgpt ingest`."
                    log.warning(self.retriever_problem)
            return self._retriever

    def retrieve(self, question: str, k: int = 8):
        retriever = self.retriever()
        if retriever is None:
            return None
        return retriever.retrieve(question, k=k, budget_tokens=self.settings.context_tokens)

    # -- the model ----------------------------------------------------------

    def model_settings(
        self, backend: str = "", model: str = "", company: int | None = None
    ) -> Settings:
        """Settings with the chat's choices applied: backend, model, default company."""
        return model_settings(self.settings, backend, model, company)

    def backend(self, backend: str = "", model: str = "") -> Backend | None:
        """The model backend for a choice (default: the settings'), loaded once; None when none can be had."""
        settings = self.model_settings(backend, model)
        key = (
            settings.backend,
            settings.model_path,
            settings.openai_base_url,
            settings.openai_model,
            settings.adapter_path,
        )
        with self._lock:
            if key not in self._backends:
                from .backends import make_backend

                try:
                    self._backends[key] = make_backend(settings)
                    self.backend_problem = (
                        "" if self._backends[key] is not None else "The backend is set to 'none'."
                    )
                except (VgptError, OSError) as exc:
                    self._backends[key] = None
                    self.backend_problem = str(exc)
                    log.warning("model backend unavailable: %s", exc)
            return self._backends[key]

    def draft(
        self,
        question: str,
        *,
        backend: Backend,
        choice: tuple[str, str] = ("", ""),
        company: int | None = None,
        on_token: Callable[[str], None] | None = None,
        mode: str = "",
        context: Any = None,
    ):
        """Draft validated SQL: through a plan (``mode``/``draft_mode`` "plan") or as free SQL ("sql")."""
        settings = self.model_settings(*choice, company=company)
        from .drafting.generate import draft
        from .drafting.plan_draft import draft_plan

        drafter = draft_plan if (mode or settings.draft_mode) == "plan" else draft
        return drafter(
            question,
            catalog=self.catalog,
            retriever=self.retriever(),
            backend=backend,
            settings=settings,
            on_token=on_token,
            stages=self.stages(),
            context=context,
        )

    def review_opinion(
        self, report: Report, question: str, choice: tuple[str, str] = ("", "")
    ) -> tuple[tuple[Finding, ...], str | None]:
        """The model reviewer's findings (opinions, never verdicts) and its validated correction.

        ``((), None)`` when the reviewer is off, no model is available or no question
        says what the query should mean.
        """
        result = self.review(question, report, choice)
        if result is None:
            return (), None
        findings = tuple(f for f in result.findings if f.source == "reviewer")
        return findings, (result.sql if result.applied is not None else result.offered)

    def review(self, question: str, report: Report, choice: tuple[str, str] = ("", "")):
        """The model reviewer's result on a query, or None when no reviewer or model is available."""
        if not self.settings.reviewer or not question:
            return None
        backend = self.backend(*choice)
        if backend is None:
            return None
        from .drafting.review import review

        return review(
            question,
            report.sql,
            catalog=self.catalog,
            backend=backend,
            settings=self.settings,
            context=self.retrieve(question),
            report=report,
            stages=self.stages(),
        )

    # -- the shadow database (dry-run stage and preview) ----------------------

    def shadow(self) -> Shadow | None:
        with self._lock:
            if not self._shadow_loaded:
                self._shadow_loaded = True
                self._shadow = open_shadow_for(self.settings, self.catalog)
            return self._shadow

    def preview(self, sql: str, limit: int = 10) -> Preview | None:
        shadow = self.shadow()
        if shadow is None:
            return None
        try:
            result = shadow.preview(sql, limit)
        except Exception as exc:  # a preview is a nicety: never let it break an answer
            log.info("no preview: %s", exc)
            return None
        if not result.columns:
            return None
        return Preview(
            result.columns, tuple(tuple(_cell(v) for v in r) for r in result.rows[:limit])
        )


def _cell(value: Any) -> Any:
    """A preview cell the page can show: numbers, text and None as they are; the rest as text."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "0x" + bytes(value).hex()[:32] + ("…" if len(bytes(value)) > 16 else "")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def open_shadow_for(settings: Settings, catalog: Catalog) -> Shadow | None:
    """The shadow's dry-run stage and preview, when an up-to-date shadow database exists.

    A shadow built from another catalog is not used: a column it lacks would read
    as the query's error. That is said at warning level, with the fix.
    """
    from .shadow import catalog_hash, dry_run_stage, open_shadow, preview, read_meta

    path = Path(settings.shadow_path)
    if not path.exists():
        return None
    meta = read_meta(path)
    if meta is None or meta.get("catalog_hash") != catalog_hash(catalog):
        log.warning(
            "the shadow database at %s is stale: dry runs are off until `vgpt ingest` "
            "(or `vgpt shadow build`) rebuilds it",
            path,
        )
        return None
    try:
        con = open_shadow(path)  # read-only; each query runs on its own cursor
    except Exception as exc:  # an unreadable shadow only costs the dry run and previews
        log.warning("shadow database unavailable: %s", exc)
        return None

    def show(sql: str, limit: int) -> Preview:
        columns, rows = preview(sql, con, limit)
        return Preview(tuple(columns), tuple(rows))

    return Shadow(dry_run_stage(con), show)
