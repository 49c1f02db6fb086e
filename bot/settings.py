"""One settings object, read once from flags, the environment and an optional ``.env`` file, then passed down.

Nothing below this module reads the environment. Each field's environment variable is its
``validation_alias``; an empty value counts as unset. Flags win over the environment, the
environment over the ``.env`` file. A missing or malformed setting is reported as one clear
line naming the variable (``SettingsError``), never a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

from knowledge.answer.answers import DEFAULT_MIN_CONFIDENCE


class StartupError(Exception):
    """The process cannot run as configured (Slack refused a token …); ``str(exc)`` is the one line to show."""


class SettingsError(Exception):
    """A setting is missing or malformed; ``str(exc)`` is the one line to show."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        frozen=True,
        extra="ignore",  # a .env file may hold other tools' variables too
        populate_by_name=True,  # flags come in by field name, the environment by variable name
        case_sensitive=True,
        env_ignore_empty=True,
    )

    slack_bot_token: SecretStr | None = Field(None, validation_alias="SLACK_BOT_TOKEN")
    slack_signing_secret: SecretStr | None = Field(None, validation_alias="SLACK_SIGNING_SECRET")
    slack_app_token: SecretStr | None = Field(None, validation_alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field("https://slack.com/api/", validation_alias="SLACK_API_URL")
    facts_path: Path = Field(Path("facts/seeds.json"), validation_alias="USROK_FACTS")
    seeds_dir: Path = Field(Path("seeds"), validation_alias="USROK_SEEDS_DIR")
    state_dir: Path = Field(Path("state"), validation_alias="USROK_STATE_DIR")
    db_url: str | None = Field(None, validation_alias="USROK_DB")
    # Comma-separated in the environment, so pydantic-settings must not read it as JSON.
    digest_channels: Annotated[tuple[str, ...], NoDecode] = Field((), validation_alias="USROK_DIGEST_CHANNELS")
    scan_interval_seconds: float = Field(60.0, gt=0, validation_alias="USROK_SCAN_INTERVAL")
    max_document_bytes: int = Field(2_000_000, gt=0, validation_alias="USROK_MAX_DOCUMENT_BYTES")
    port: int = Field(3000, ge=0, le=65535, validation_alias="PORT")
    http_threads: int = Field(8, ge=1, le=256, validation_alias="USROK_HTTP_THREADS")
    feedback_channel: str | None = Field(None, validation_alias="USROK_FEEDBACK_CHANNEL")  # problem reports go here
    min_confidence: float = Field(DEFAULT_MIN_CONFIDENCE, ge=0, le=1, validation_alias="USROK_MIN_CONFIDENCE")
    # Open connections the HTTP server keeps; idle ones are closed after USROK_HTTP_IDLE_TIMEOUT seconds.
    http_connection_limit: int = Field(1000, ge=10, le=100_000, validation_alias="USROK_HTTP_CONNECTIONS")
    http_idle_timeout: float = Field(15.0, gt=0, validation_alias="USROK_HTTP_IDLE_TIMEOUT")
    # The worker has no HTTP server of its own: with this set it serves /metrics on this port.
    metrics_port: int | None = Field(None, ge=1, le=65535, validation_alias="USROK_METRICS_PORT")
    # How long a worker holds a digest row it is posting; one killed mid-post loses it after this.
    claim_seconds: float = Field(300.0, gt=0, validation_alias="USROK_CLAIM_SECONDS")
    # How long the scanner lease lasts unrenewed (default: three scan intervals, at least 30 s).
    scanner_lease_seconds: float | None = Field(None, gt=0, validation_alias="USROK_SCANNER_LEASE")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment arrives as a mapping through ``load_settings`` (so tests pass their own),
        # merged with the flags into the init values; os.environ is never read behind its back.
        return init_settings, dotenv_settings

    @field_validator("digest_channels", mode="before")
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        return tuple(c.strip() for c in value.split(",") if c.strip()) if isinstance(value, str) else value

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
    def scanner_lease(self) -> float:
        """Seconds the scanner lease lasts without renewal: a dead scanner's place is taken after this."""
        return self.scanner_lease_seconds or max(30.0, 3 * self.scan_interval_seconds)

    @property
    def has_slack_credentials(self) -> bool:
        return self.slack_bot_token is not None

    @property
    def live_facts_path(self) -> Path:
        """Where the worker publishes the table it keeps up to date, for the web process to pick up."""
        return self.state_dir / "facts.json"


class EnvironmentSource(PydanticBaseSettingsSource):
    """The settings' variables read from a given mapping: ``os.environ`` in the CLI, a plain dict in tests."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]) -> None:
        super().__init__(settings_cls)
        self.environ = environ

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        name = env_name(field_name)
        raw = self.environ.get(name)
        return (raw.strip() if raw and raw.strip() else None), name, False

    def __call__(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field_name, field in self.settings_cls.model_fields.items():
            value, _, _ = self.get_field_value(field, field_name)
            if value is not None:
                values[field_name] = value
        return values


def env_name(field_name: str) -> str:
    """The environment variable of a setting.

    >>> env_name("scan_interval_seconds")
    'USROK_SCAN_INTERVAL'
    """
    alias = Settings.model_fields[field_name].validation_alias
    return alias if isinstance(alias, str) else field_name


def load_settings(env: Mapping[str, str], *, env_file: Path | None = None, **flags: object) -> Settings:
    """Settings from flags, an environment mapping and an optional ``.env`` file (flags win; None means 'not given').

    >>> load_settings({"USROK_DIGEST_CHANNELS": "C1, C2"}).digest_channels
    ('C1', 'C2')
    """
    unknown = flags.keys() - Settings.model_fields.keys()
    if unknown:
        raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
    values = EnvironmentSource(Settings, env)()
    values.update({k: v for k, v in flags.items() if v is not None})
    values["_env_file"] = env_file  # pydantic-settings' .env file for this call; None reads none
    try:
        return Settings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = str(first["loc"][0]) if first["loc"] else "settings"
        name = env_name(where) if where in Settings.model_fields else where
        raise SettingsError(f"{name}: {first['msg']}") from None
