"""Rebuild the shipped municipality tables from ../shared/reference (run by hand, not at run time).

usage: python -m extractor.data.build_reference ../shared/reference
Credit: Statistics Finland, National Land Survey of Finland (CC BY 4.0).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ("code", "name_fi", "name_sv", "region_code", "region", "subregion", "lon", "lat")


def build(reference: Path) -> None:
    with open(reference / "municipalities-2026.csv", encoding="utf-8") as f:
        rows = [{"code": f"{int(r['kunta']):03d}", "name_fi": r["municipality_name_fi"].strip(),
                 "name_sv": r["municipality_name_sv"].strip(), "region_code": r["maakunta_code"],
                 "region": r["maakunta_name_fi"].strip(), "subregion": r["seutukunta_name_fi"].strip(),
                 "lon": r["lon"], "lat": r["lat"]} for r in csv.DictReader(f)]
    _write(HERE / "municipalities.csv", COLUMNS, rows)
    with open(reference / "municipality-mergers-2009-2025.csv", encoding="utf-8") as f:
        mergers = [{"ceased_code": r["ceased_code"], "ceased_name": r["ceased_name"].strip(),
                    "effective_date": r["effective_date"], "absorbing_code": f"{int(r['absorbing_code']):03d}",
                    "absorbing_name": r["absorbing_name"].strip()} for r in csv.DictReader(f)]
    _write(HERE / "municipality_mergers.csv", tuple(mergers[0]), mergers)


def _write(path: Path, columns: tuple, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"))
