"""Settings: flags over the environment over a .env file; empty means unset; a bad value is one line naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings
from knowledge.answer.answers import DEFAULT_MIN_CONFIDENCE


@pytest.fixture()
def env_file(tmp_path: Path) -> Path:
    path = tmp_path / ".env"
    path.write_text(
        "SLACK_BOT_TOKEN=xoxb-from-file  # a comment\nUSROK_SCAN_INTERVAL=30\nPORT=4000\n"
        "USROK_DIGEST_CHANNELS=C1, C2\nOTHER_TOOL=yes\n",
        encoding="utf-8",
    )
    return path


def test_a_dotenv_file_is_read_and_the_environment_and_flags_win_over_it(env_file: Path) -> None:
    settings = load_settings({"USROK_SCAN_INTERVAL": "5", "PORT": "5000"}, env_file=env_file, port=6000)
    assert (
        settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None,
        settings.scan_interval_seconds,
        settings.port,
        settings.digest_channels,
    ) == ("xoxb-from-file", 5.0, 6000, ("C1", "C2"))


def test_an_empty_value_counts_as_unset(env_file: Path) -> None:
    settings = load_settings({"USROK_SCAN_INTERVAL": "  ", "USROK_DIGEST_CHANNELS": "", "USROK_FACTS": ""})
    assert (settings.scan_interval_seconds, settings.digest_channels, settings.facts_path) == (
        60.0,
        (),
        Path("facts/seeds.json"),
    )
    assert load_settings({"USROK_SCAN_INTERVAL": ""}, env_file=env_file).scan_interval_seconds == 30.0


def test_the_default_confidence_is_the_answering_default() -> None:
    assert load_settings({}).min_confidence == DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("env", "file_text", "says"),
    [
        ({"USROK_SCAN_INTERVAL": "soon"}, "", "USROK_SCAN_INTERVAL: "),
        ({}, "USROK_MAX_DOCUMENT_BYTES=lots\n", "USROK_MAX_DOCUMENT_BYTES: "),
        ({"USROK_MIN_CONFIDENCE": "2"}, "", "USROK_MIN_CONFIDENCE: "),
    ],
)
def test_a_malformed_value_names_its_variable(tmp_path: Path, env: dict[str, str], file_text: str, says: str) -> None:
    path = tmp_path / ".env"
    path.write_text(file_text, encoding="utf-8")
    with pytest.raises(SettingsError) as raised:
        load_settings(env, env_file=path)
    assert str(raised.value).startswith(says) and "\n" not in str(raised.value)
