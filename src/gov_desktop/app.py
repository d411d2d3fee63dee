"""Composition root of the desktop app: open the store, build the window, run Qt."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from .paths import Paths

logger = logging.getLogger(__name__)


def indicator_rows(stats: dict[str, Any]) -> list[tuple[str, str]]:
    """Flatten the store's indicator dict into (label, value) rows for the overview."""
    rows: list[tuple[str, str]] = []
    labels: dict[str, str] = stats.get("labels", {}) if isinstance(stats.get("labels"), dict) else {}
    for key, value in stats.items():
        if key == "labels" or isinstance(value, (dict, list)):
            continue
        rows.append((labels.get(key, key), str(value)))
    return rows


def run_app(args: argparse.Namespace, paths: Paths) -> int:
    from PySide6.QtWidgets import QApplication

    from .store.demo import ensure_demo
    from .store.engine import open_store
    from .store.stats import stats as compute_stats
    from .ui.overview_window import OverviewWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("gov-desktop")
    app.setOrganizationName("gov-desktop")
    db_path = ensure_demo(paths) if args.demo else paths.db
    store = open_store(db_path)
    try:
        with store.reader() as session:
            figures = compute_stats(session)
    finally:
        store.close()
    window = OverviewWindow("演示县" if args.demo else store.township_code or "本机", indicator_rows(figures))
    window.show()
    return int(app.exec())
