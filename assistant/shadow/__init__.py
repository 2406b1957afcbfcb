"""The shadow database: an embedded DuckDB twin of the documented schema with synthetic rows.

It lets the validator dry-run a query (``dry_run_stage``), the evaluation score
generated SQL by execution (``execution_match``), and the chat show a preview of
a result "on sample data, not your database" (``preview``).
"""

from __future__ import annotations

from .build import (
    ShadowInfo,
    build_shadow,
    catalog_hash,
    ensure_shadow,
    read_meta,
    rebuild_for_ingest,
    shadow_paths,
)

__all__ = [
    "ShadowInfo",
    "build_shadow",
    "catalog_hash",
    "ensure_shadow",
    "read_meta",
    "rebuild_for_ingest",
    "shadow_paths",
]

from .dryrun import dry_run_stage, open_shadow, stages_for  # noqa: E402
from .execmatch import ExecMatch, Shadows, execution_match, open_eval_shadows, preview  # noqa: E402

__all__ += [
    "dry_run_stage",
    "open_shadow",
    "stages_for",
    "ExecMatch",
    "Shadows",
    "execution_match",
    "open_eval_shadows",
    "preview",
]
