"""A thread of dated posts (a social-media archive, a feed of updates, an e-mail chain): each post opens
with a short line that dates it ('4.9.2017 klo 9.47 · Kirnu-hanke', 'Hyppyri @HyppyriLahti · 1.3.2018').
A yearless date or 'tänään' in a post is the post's; a count in a post dated well before the project
ended is an interim one."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.segment import blocks, is_heading

DATE = r"(?P<d{k}>\d{{1,2}})\.(?P<m{k}>\d{{1,2}})\.(?P<y{k}>(?:19|20)\d{{2}})"
# a date that opens the line, or ends it after a separator (and a time): not a sentence that names a date
POST_LINE = re.compile(rf"^[ \t]*(?:↳[ \t]*)?(?:{DATE.format(k=1)}(?![\d.:]|[ \t]*[–—-])[^\n]*|"
                       rf"[^\n:]*·[ \t]*{DATE.format(k=2)}(?:[ \t]+klo[ \t]+[\d.:]+)?[ \t]*)$", re.MULTILINE)
POST_LINE_LENGTH = 80
MIN_POSTS = 3


@dataclass(frozen=True)
class Thread:
    """Where each post begins in the text and its date (ISO)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    dates: tuple[str, ...]

    def date_at(self, offset: int) -> str | None:
        """The date of the post that holds `offset`, or None outside the posts."""
        k = bisect.bisect_right(self.starts, offset) - 1
        return self.dates[k] if k >= 0 and offset < self.ends[k] else None


@lru_cache(maxsize=4)  # one document's text, read by project.py and again by resolve.py
def thread(text: str) -> Thread | None:
    """The text's posts, when it is a thread of at least three dated posts in the order of time, either
    way; else None."""
    posts = []
    for m in POST_LINE.finditer(text):
        line = m.group(0).strip()
        if len(line) >= POST_LINE_LENGTH or "|" in line:
            continue  # a sentence that names a date, or a table's row
        k = "1" if m["d1"] else "2"
        day, month, year = int(m["d" + k]), int(m["m" + k]), m["y" + k]
        if 1 <= month <= 12 and 1 <= day <= 31:
            posts.append((m.start(), f"{year}-{month:02d}-{day:02d}"))
    dates = [date for _, date in posts]
    if len(posts) < MIN_POSTS or dates != sorted(dates) and dates != sorted(dates, reverse=True):
        return None  # a feed runs one way in time
    starts = [at for at, _ in posts]
    return Thread(tuple(starts), tuple(_ends(text, starts)), tuple(dates))


POST_HEAD_BLOCKS = 2  # a post's dateline and its headline or first paragraph, before any heading of the page


def _ends(text: str, starts: list[int]) -> list[int]:
    """Where each post ends: at the next post, or at a heading of the page after its own first blocks ('Hankkeen
    tulokset' after the last item of a news list)."""
    every = blocks(text)
    out = []
    for k, at in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        own = [b for b in every if at <= b.start < end]
        end = next((b.start for b in own[POST_HEAD_BLOCKS:] if is_heading(b)), end)
        out.append(end)
    return out
