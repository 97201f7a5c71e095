"""Command-line interface: thin click commands over the library."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from extractor import __version__
from extractor.errors import ExtractorError, ModelError
from extractor.settings import DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT


@click.group()
@click.version_option(__version__)
def cli() -> None:
    """Extract comparable facts from Finnish employment-project reports."""


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON (one file).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Write DIR/STEM.json per input.")
@click.option("--rules-only", is_flag=True, help="Use the rules alone, without the trained model.")
def extract(files: tuple[str, ...], as_json: bool, out_dir: str | None, rules_only: bool) -> None:
    """Extract the record of each FILE.

    Example: extractor extract report.pdf --json
    """
    from extractor.extract import extract as run

    failed = 0
    for path in files:
        try:
            record = run(path, use_model=not rules_only)[1].to_json()
        except ExtractorError as exc:
            click.echo(f"error: {exc.path}: {exc.message}", err=True)
            failed += 1
            continue
        text = json.dumps(record, ensure_ascii=False, indent=2)
        if out_dir:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
            (Path(out_dir) / f"{Path(path).stem}.json").write_text(text + "\n", encoding="utf-8")
        else:
            click.echo(text if as_json or len(files) == 1 else f"# {path}\n{text}")
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--db", default="reports.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
              help="Worker processes  [default: the CPU count]")
@click.option("--force", is_flag=True, help="Re-extract files already stored with this extractor version.")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds per document before it is recorded as a timeout (0: no limit).")
@click.option("--dask", "dask_address", metavar="ADDRESS", help="Run the extraction on this Dask scheduler.")
def ingest(paths: tuple[str, ...], db: str, workers: int | None, force: bool, timeout: float,
           dask_address: str | None) -> None:
    """Extract reports (files or folders) and store them in a SQLite database.

    Example: extractor ingest corpora/sample --db reports.db --workers 4
    """
    from extractor.ingest import ingest as run

    try:
        summary = run([Path(p) for p in paths], Path(db), echo=_echo_err, workers=workers or os.cpu_count() or 1,
                      force=force, timeout=timeout, dask=dask_address, progress=_progress_bar)
    except ModelError as exc:
        raise click.ClickException(f"{exc.path}: {exc.message}")
    click.echo(summary.line())
    if summary.failed:
        sys.exit(1)


def _echo_err(line: str) -> None:
    """One line on stderr, clearing a progress bar drawn on a terminal."""
    click.echo(("\r\033[K" if sys.stderr.isatty() else "") + line, err=True)


def _progress_bar(total: int):
    return click.progressbar(length=total, label="ingest", show_eta=True, show_pos=True, file=sys.stderr)


@cli.command()
@click.option("--db", default="reports.db", show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--host", default=DEFAULT_HOST, show_default=True)
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=int)
def serve(db: str, host: str, port: int) -> None:
    """Publish a database read-only with Datasette.

    Example: extractor serve --db reports.db
    """
    from extractor.publish import serve as run

    run(Path(db), host=host, port=port)


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("docs_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--errors", is_flag=True, help="Also list misses and false positives (rules+model).")
@click.option("--rules-only", is_flag=True, help="Score the rules alone (no model needed).")
@click.option("--held-out", is_flag=True, help="Only the held-out split of corpora/ (a04, b08, ...).")
def evaluate(gold_dir: str, docs_dir: str, errors: bool, rules_only: bool, held_out: bool) -> None:
    """Extract every document with a gold record; print F1 of rules-only beside rules+model.

    Example: extractor evaluate ../shared/devset/gold ../shared/devset/docs
    """
    from extractor.evaluate import evaluate_folder, format_comparison, format_errors, format_table
    from extractor.training import is_held_out

    try:
        results = evaluate_folder(Path(gold_dir), Path(docs_dir), use_model=not rules_only,
                                  stems=is_held_out if held_out else lambda stem: True)
    except ExtractorError as exc:
        raise click.ClickException(f"{exc.path}: {exc.message}")
    if not results:
        raise click.ClickException(f"{docs_dir}: no document there has a gold record in {gold_dir}")
    last = list(results)[-1]
    if errors:
        click.echo(format_errors(results[last][1]))
    click.echo(format_table(results[last][0]))
    if len(results) > 1:
        click.echo("\nF1 side by side\n" + format_comparison(results))


@cli.command()
@click.option("--db", default="reports.db", show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--below", default=0.6, show_default=True, type=float, help="Confidence threshold.")
def review(db: str, below: float) -> None:
    """List stored values whose confidence is below a threshold, least confident first.

    Example: extractor review --db reports.db --below 0.6
    """
    from extractor.store import low_confidence, open_db

    rows = low_confidence(open_db(db), below)
    for r in rows:
        click.echo(f"{r['confidence']:.2f}  {r['file_name']} p.{r['page']}  {r['table_name']}.{r['kind']} = "
                   f"{r['value']}  | {' '.join((r['sentence'] or '').split())[:120]}")
    click.echo(f"{len(rows)} values below {below}")


@cli.command()
@click.option("--out", "out_dir", default=None, type=click.Path(file_okay=False),
              help="Where to write the model and its card (default: models/).")
def train(out_dir: str | None) -> None:
    """Train the candidate model on corpora/ (held-out split excluded) and write its card.

    Example: extractor train
    """
    from extractor.model import MODELS_DIR
    from extractor.training import train as run

    card = run(Path(out_dir) if out_dir else MODELS_DIR, echo=lambda line: click.echo(line, err=True))
    metrics = card["metrics_held_out"]
    click.echo(f"model written to {out_dir or MODELS_DIR}; held-out micro-F1: rules "
               f"{metrics['rules']['ALL']:.3f}, rules+model {metrics['rules+model']['ALL']:.3f}")
