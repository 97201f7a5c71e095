"""OCR for scanned PDFs: pages rendered with pypdfium2, read by Tesseract's Finnish model."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

from extractor.errors import NoTextError

OCR_DPI = 300
OCR_LANGUAGE = "fin"
OCR_METHOD_PREFIX = "ocr+"


def tesseract() -> str | None:
    """The `tesseract` executable on PATH, or None."""
    return shutil.which("tesseract")


def ocr_pdf(path: Path, data: bytes) -> list[str]:
    """Text of every page of a PDF without a text layer; `NoTextError` when OCR is unavailable."""
    exe = tesseract()
    if exe is None:
        raise NoTextError(str(path), "PDF has no text layer (a scan?) and tesseract is not installed "
                                     "(apt-get install tesseract-ocr tesseract-ocr-fin)")
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [ocr_image(exe, _page_png(pdf[i]), path) for i in range(len(pdf))]
    finally:
        pdf.close()


def _page_png(page) -> bytes:
    image = page.render(scale=OCR_DPI / 72, grayscale=True).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def ocr_image(exe: str, png: bytes, path: Path) -> str:
    """One page image through `tesseract stdin stdout -l fin` (one thread: workers run in parallel)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    run = subprocess.run([exe, "stdin", "stdout", "-l", OCR_LANGUAGE], input=png, capture_output=True,
                         env=env, check=False)
    if run.returncode != 0:
        detail = run.stderr.decode("utf-8", "replace").strip().splitlines()
        raise NoTextError(str(path), f"PDF has no text layer and OCR failed: {detail[-1] if detail else run.returncode}")
    return run.stdout.decode("utf-8", "replace")
