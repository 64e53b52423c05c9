"""The shipped occupation and skill index, loaded once on first use.

The index is built by ``scripts/build_index.py`` from O*NET 30.1 and SOC 2018 and
shipped as ``api/data/occupations.json.gz`` (see ``api/data/README.md``).
"""

from __future__ import annotations

import gzip
import json
import threading
from pathlib import Path
from typing import Any

INDEX_PATH = Path(__file__).resolve().parents[2] / "data" / "occupations.json.gz"

_lock = threading.Lock()
_loaded: dict[str, Any] | None = None


def load(path: Path | None = None) -> dict[str, Any]:
    """Return the parsed index (the shipped one unless ``path`` is given)."""
    global _loaded
    if path is not None:
        return _read(path)
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = _read(INDEX_PATH)
    return _loaded


def _read(path: Path) -> dict[str, Any]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)
