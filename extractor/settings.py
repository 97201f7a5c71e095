"""Settings in one place: the defaults every module and command uses."""

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_TIMEOUT = 300.0  # seconds per document during ingest
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
DEFAULT_SQL_TIME_LIMIT_MS = 2000
SUPPORTED_SUFFIXES = (".pdf", ".txt", ".md", ".html", ".htm")
