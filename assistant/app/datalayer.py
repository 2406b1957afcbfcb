"""Chat history and feedback in a local SQLite file, through Chainlit's SQLAlchemy data layer.

Chainlit ships the layer but not its tables; the schema below is what its
queries (``chainlit/data/sql_alchemy.py``) read and write, column for column.
Nothing leaves the machine: no cloud storage, no Literal AI.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    "id" TEXT PRIMARY KEY,
    "identifier" TEXT NOT NULL UNIQUE,
    "metadata" TEXT NOT NULL,
    "createdAt" TEXT
);
CREATE TABLE IF NOT EXISTS threads (
    "id" TEXT PRIMARY KEY,
    "createdAt" TEXT,
    "name" TEXT,
    "userId" TEXT,
    "userIdentifier" TEXT,
    "tags" TEXT,
    "metadata" TEXT,
    FOREIGN KEY ("userId") REFERENCES users ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS steps (
    "id" TEXT PRIMARY KEY,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "parentId" TEXT,
    "streaming" BOOLEAN NOT NULL,
    "waitForAnswer" BOOLEAN,
    "isError" BOOLEAN,
    "metadata" TEXT,
    "tags" TEXT,
    "input" TEXT,
    "output" TEXT,
    "createdAt" TEXT,
    "command" TEXT,
    "modes" TEXT,
    "start" TEXT,
    "end" TEXT,
    "generation" TEXT,
    "showInput" TEXT,
    "language" TEXT,
    "indent" INT,
    "defaultOpen" BOOLEAN,
    "autoCollapse" BOOLEAN
);
CREATE TABLE IF NOT EXISTS elements (
    "id" TEXT PRIMARY KEY,
    "threadId" TEXT,
    "type" TEXT,
    "url" TEXT,
    "chainlitKey" TEXT,
    "name" TEXT NOT NULL,
    "display" TEXT,
    "objectKey" TEXT,
    "size" TEXT,
    "page" INT,
    "language" TEXT,
    "forId" TEXT,
    "mime" TEXT,
    "props" TEXT,
    "autoPlay" BOOLEAN,
    "playerConfig" TEXT
);
CREATE TABLE IF NOT EXISTS feedbacks (
    "id" TEXT PRIMARY KEY,
    "forId" TEXT NOT NULL,
    "threadId" TEXT,
    "value" INT NOT NULL,
    "comment" TEXT
);
CREATE INDEX IF NOT EXISTS steps_thread ON steps ("threadId");
CREATE INDEX IF NOT EXISTS feedbacks_for ON feedbacks ("forId");
"""


def create_schema(path: Path) -> Path:
    """Create the database file and its tables (idempotent)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as con:
        con.executescript(SCHEMA)
    return path


def make_data_layer(path: Path):
    """Chainlit's SQLAlchemy data layer on ``path`` (aiosqlite), tables created first."""
    from chainlit.data.sql_alchemy import SQLAlchemyDataLayer

    class SQLiteDataLayer(SQLAlchemyDataLayer):
        """SQLite cannot bind lists or dicts (thread tags, step modes): store them as JSON."""

        async def execute_sql(self, query: str, parameters: dict) -> Any:
            clean = {
                k: json.dumps(v) if isinstance(v, (list, dict, tuple)) else v
                for k, v in parameters.items()
            }
            return await super().execute_sql(query, clean)

    create_schema(path)
    return SQLiteDataLayer(conninfo=f"sqlite+aiosqlite:///{Path(path).resolve()}")
