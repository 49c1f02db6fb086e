"""One settings object, read once from the environment and command-line flags, then passed down.

Nothing below this module reads the environment. A missing or malformed setting
is reported as one clear line (``SettingsError``), never a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator


class SettingsError(Exception):
    """A setting is missing or malformed; ``str(exc)`` is the one line to show."""


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"
    facts_path: Path = Path("facts/seeds.json")
    seeds_dir: Path = Path("seeds")
    state_dir: Path = Path("state")
    db_url: str | None = None
    digest_channels: tuple[str, ...] = ()
    scan_interval_seconds: float = Field(default=60.0, gt=0)
    max_document_bytes: int = Field(default=2_000_000, gt=0)
    port: int = Field(default=3000, ge=0, le=65535)
    http_threads: int = Field(default=8, ge=1, le=256)
    min_confidence: float = Field(default=0.62, ge=0, le=1)

    @field_validator("slack_api_url")
    @classmethod
    def _api_url_ends_with_slash(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value if value.endswith("/") else value + "/"

    @property
    def database_url(self) -> str:
        """The state database: USROK_DB, or an SQLite file in the state folder."""
        return self.db_url or f"sqlite:///{self.state_dir / 'usrok.db'}"

    @property
    def has_slack_credentials(self) -> bool:
        return self.slack_bot_token is not None

    @property
    def live_facts_path(self) -> Path:
        """Where the worker publishes the table it keeps up to date, for the web process to pick up."""
        return self.state_dir / "facts.json"


_ENV = {
    "SLACK_BOT_TOKEN": "slack_bot_token",
    "SLACK_SIGNING_SECRET": "slack_signing_secret",
    "SLACK_APP_TOKEN": "slack_app_token",
    "SLACK_API_URL": "slack_api_url",
    "USROK_FACTS": "facts_path",
    "USROK_SEEDS_DIR": "seeds_dir",
    "USROK_STATE_DIR": "state_dir",
    "USROK_DB": "db_url",
    "USROK_DIGEST_CHANNELS": "digest_channels",
    "USROK_SCAN_INTERVAL": "scan_interval_seconds",
    "USROK_MAX_DOCUMENT_BYTES": "max_document_bytes",
    "PORT": "port",
    "USROK_HTTP_THREADS": "http_threads",
    "USROK_MIN_CONFIDENCE": "min_confidence",
}


def load_settings(env: Mapping[str, str], **overrides: object) -> Settings:
    """Settings from an environment mapping plus flag overrides (flags win; None means 'not given').

    >>> load_settings({"USROK_DIGEST_CHANNELS": "C1, C2"}).digest_channels
    ('C1', 'C2')
    """
    values: dict[str, object] = {}
    for name, field in _ENV.items():
        raw = env.get(name)
        if raw is None or raw.strip() == "":
            continue
        values[field] = (
            tuple(c.strip() for c in raw.split(",") if c.strip()) if field == "digest_channels" else raw.strip()
        )
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "settings"
        env_name = next((k for k, v in _ENV.items() if v == field), field)
        raise SettingsError(f"{env_name}: {first['msg']}") from None
