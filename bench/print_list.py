"""Printing a list: how long the print preview of a list takes to open, by number of rows.

    .venv/bin/python bench/print_list.py [--rows 100 200 500]

The preview lays the whole table out and paints every page before it shows, on the GUI thread, so this is
how long the window waits when someone prints a list (``reports.list_print``; the app refuses lists longer
than ``MAX_ROWS``). Rows are visit records as the 走访记录 page prints them. Offscreen Qt. Prints a table and
writes bench/results/print_list.json.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import UTC, datetime

from harness import print_table, write_results

HEADERS = ["走访日期", "户号", "户主", "网格", "走访人", "类别", "走访情况", "后续跟进"]


def row(n: int) -> list[str]:
    return [
        f"2026-11-{n % 28 + 1:02d}",
        f"{1000010001 + n}",
        "普赤拉巴",
        "幸福社区第2网格",
        "桑姆尼玛",
        "日常走访",
        "家庭情况稳定，无特殊困难" if n % 3 else "检查取暖炉具和用电安全，提醒通风防中毒",
        "待跟进（桑姆尼玛）" if n % 5 == 0 else "",
    ]


def open_preview(rows: int) -> tuple[float, int]:
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QWidget

    from gov_desktop.reports.list_print import list_html
    from gov_desktop.ui.printing import LIST, preview_and_print

    parent = QWidget()
    began = time.perf_counter()
    html = list_html("走访记录", HEADERS, [row(n) for n in range(rows)], printed_at=datetime.now(UTC))
    dialog = preview_and_print(parent, html, "打印", LIST)
    seconds = time.perf_counter() - began
    pages = dialog.findChild(QPrintPreviewWidget).pageCount()
    dialog.reject()
    dialog.deleteLater()
    parent.deleteLater()
    return seconds, pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100, 200, 500])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gov_desktop.reports.list_print import MAX_ROWS

    app = QApplication([])
    open_preview(10)  # fonts and the print support loaded once
    results = {}
    for rows in args.rows:
        times, pages = [], 0
        for _ in range(args.repeat):
            seconds, pages = open_preview(rows)
            times.append(seconds)
            app.processEvents()
        results[str(rows)] = {"median_s": round(statistics.median(times), 3), "pages": pages}
    print_table(
        f"List print preview (A4 across; the app prints at most {MAX_ROWS} rows)",
        [(f"{rows} rows", f"{r['median_s']:.2f} s, {r['pages']} pages") for rows, r in results.items()],
    )
    print(f"written to {write_results('print_list', {'max_rows': MAX_ROWS, 'preview_open': results})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
