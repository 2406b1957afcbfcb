"""``vgpt eval`` as one function: typed options in, the result out.

The command only parses options, calls :func:`run_eval`, writes the reports and
picks the exit code. The catalog, retriever and dry-run stage come from
``assistant.runtime.Runtime``, as for ``vgpt ask``, so the stale-shadow check and
the model overrides are the same here.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from assistant.errors import InputError, VgptError
from assistant.runtime import Runtime, model_settings
from assistant.settings import Settings
from ingest.artifacts import ensure_catalog

from . import evaluate as ev
from .data import load_split

log = logging.getLogger(__name__)

# The labelled business questions (with the tables each needs), shipped with the package.
DEFAULT_QUESTIONS = Path(__file__).resolve().parent / "eval_questions.jsonl"
DEFAULT_MODEL_NAME = "smollm2-135m-instruct"
CONTEXTS = ("auto", "retrieval", "record")


@dataclass(frozen=True)
class EvalOptions:
    """What ``vgpt eval`` was asked to do (None: the settings' value or the default)."""

    adapter: Path | None = None  # a tuned LoRA adapter to compare against the base model
    model_path: Path | None = None  # the base model folder
    no_base: bool = False  # evaluate only the adapter (or the backend)
    backend: str | None = None  # "openai": the configured server instead of local models
    dataset_dir: Path | None = None  # default: <state_dir>/dataset
    split: str = "vgpt_eval"
    questions: Path | None = None  # default: DEFAULT_QUESTIONS
    use_questions: bool = True
    limit: int | None = None
    context: str = "auto"  # auto | retrieval | record
    attempts: int | None = None
    max_new_tokens: int | None = None
    reviewer_limit: int = 0
    catalog_path: Path | None = None
    baseline_json: Path | None = None  # reuse the systems of an earlier run
    seed: int = 42


@dataclass(frozen=True)
class EvalRun:
    """The JSON-able result, and why an earlier run given as baseline was not merged (None: merged or none)."""

    result: dict[str, Any]
    mismatch: str | None = None

    @property
    def errors(self) -> bool:
        """Whether any case broke (an exception, not a failed query)."""
        return any(
            s["metrics"].get(src, {}).get("errors")
            for s in self.result["systems"].values()
            for src in ev.SOURCES
        )


def systems_for(settings: Settings, options: EvalOptions) -> list[ev.System]:
    """The systems under test: the configured server, or the base model and/or the tuned adapter."""
    if options.backend == "openai":
        return [
            ev.System(
                f"openai:{settings.openai_model or 'default'}",
                settings.with_(backend="openai"),
                f"OpenAI-compatible server {settings.openai_base_url}",
            )
        ]
    local = settings.with_(backend="transformers")
    name = Path(settings.model_path).name if settings.model_path else DEFAULT_MODEL_NAME
    systems = []
    if not options.no_base:
        systems.append(ev.System("base", local.with_(adapter_path=""), f"{name}, no adapter"))
    if options.adapter is not None:
        systems.append(
            ev.System(
                "tuned",
                local.with_(adapter_path=str(options.adapter.resolve())),
                f"{name} + LoRA {options.adapter}",
            )
        )
    elif options.no_base:
        raise InputError("--no-base needs --adapter or --backend")
    return systems


def run_eval(
    settings: Settings,
    options: EvalOptions,
    progress: Callable[[str, ev.CaseResult], None] | None = None,
) -> EvalRun:
    """Score every system on the eval split and the labelled questions; raises VgptError on bad input."""
    if options.context not in CONTEXTS:
        raise InputError(f"context {options.context!r}: expected one of {', '.join(CONTEXTS)}")
    settings = model_settings(
        settings,
        max_attempts=options.attempts,
        max_new_tokens=options.max_new_tokens,
        model_path=str(options.model_path.resolve()) if options.model_path else None,
    )
    systems = systems_for(settings, options)

    runtime = Runtime(settings, ensure_catalog(settings, catalog=options.catalog_path))
    retriever = runtime.retriever()
    context = options.context
    if context == "auto":
        context = "retrieval" if retriever is not None else "record"
    if context == "retrieval" and retriever is None:
        raise InputError(f"--context retrieval: {runtime.retriever_problem}")

    dataset_dir = dataset_dir_for(settings, options)
    cases = ev.eval_split_cases(dataset_dir, options.split, limit=options.limit, seed=options.seed)
    cases += question_cases(
        options, retriever_problem=runtime.retriever_problem if retriever is None else None
    )
    if not cases:
        raise InputError("no cases to evaluate")

    exec_match, exec_note = ev.shadow_exec_match(settings, runtime.catalog)
    stages = runtime.stages()
    log.info(
        "%d cases × %d system(s); context: %s; execution match: %s; dry-run stage: %s",
        len(cases),
        len(systems),
        context,
        exec_note,
        "on" if stages else "off",
    )
    result = ev.evaluate(
        systems,
        cases,
        catalog=runtime.catalog,
        retriever=retriever,
        context_mode=context,
        exec_match=exec_match,
        exec_note=exec_note,
        reviewer_limit=options.reviewer_limit,
        stages=stages,
        progress=progress,
        seed=options.seed,
    )
    mismatch = (
        merge_baseline(result, options.baseline_json, cases) if options.baseline_json else None
    )
    try:
        split = load_split(dataset_dir, options.split)
        result["dataset"] = {
            "dir": str(dataset_dir),
            "split": options.split,
            "sha256": split.sha256,
        }
    except VgptError:
        pass
    result["settings"] = {
        "max_attempts": settings.max_attempts,
        "max_new_tokens": settings.max_new_tokens,
        "threads": settings.threads,
        "temperature": settings.temperature,
        "limit": options.limit,
        "seed": options.seed,
        "split": options.split,
    }
    return EvalRun(result, mismatch)


def dataset_dir_for(settings: Settings, options: EvalOptions) -> Path:
    if options.dataset_dir is not None:
        return settings.resolve(options.dataset_dir)
    return settings.resolve(settings.state_dir) / "dataset"


def question_cases(options: EvalOptions, *, retriever_problem: str | None) -> list[ev.Case]:
    """The labelled question set's cases; none when it is off, or (with a warning) without retrieval."""
    if not options.use_questions:
        return []
    path = options.questions or DEFAULT_QUESTIONS
    if not path.exists():
        raise InputError("no such question set", file=str(path))
    if retriever_problem is not None:
        log.warning("skipping the question set: %s", retriever_problem)
        return []
    return ev.question_cases(path, limit=options.limit, seed=options.seed)


def merge_baseline(
    result: dict[str, Any], baseline_json: Path, cases: Sequence[ev.Case]
) -> str | None:
    """Add an earlier run's systems to ``result``; returns why they could not be (None when merged)."""
    try:
        earlier = json.loads(baseline_json.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(
            f"not an earlier `vgpt eval --out` result: {exc}", file=str(baseline_json)
        ) from None
    ours = [c.id for c in cases]
    mismatch = None
    if earlier.get("context") != result["context"]:
        mismatch = f"context {earlier.get('context')} vs {result['context']}"
    for name, system in earlier["systems"].items():
        if [r["id"] for r in system["results"]] != ours:
            mismatch = f"{name} ran on other cases (same dataset, --limit and --seed needed)"
    if mismatch is None:
        result["systems"] = {
            **earlier["systems"],
            **{k: v for k, v in result["systems"].items() if k not in earlier["systems"]},
        }
        ev.resummarize(result)  # one metric definition for every system, whenever it ran
    return mismatch


def write_reports(
    result: dict[str, Any],
    *,
    out: Path | None = None,
    markdown: Path | None = None,
    notes: Sequence[str] = (),
) -> None:
    """The JSON result and the Markdown table, where asked."""
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")
    if markdown:
        markdown.parent.mkdir(parents=True, exist_ok=True)
        markdown.write_text(ev.to_markdown(result, notes=notes), encoding="utf-8")
