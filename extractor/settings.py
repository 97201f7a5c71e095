"""Settings in one place, with their defaults."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
DEFAULT_SQL_TIME_LIMIT_MS = 2000
SUPPORTED_SUFFIXES = (".pdf", ".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class Settings:
    max_bytes: int = DEFAULT_MAX_BYTES
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    sql_time_limit_ms: int = DEFAULT_SQL_TIME_LIMIT_MS

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        if not 0 < self.port < 65536:
            raise ValueError(f"port out of range: {self.port}")
