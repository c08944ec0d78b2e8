"""The config file, environment overrides, precedence, and `brief init / sources / config`."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import platformdirs
import pytest
from click.testing import CliRunner, Result
from pydantic import BaseModel

from briefing.cli import cli
from briefing.config import (
    DEFAULT_CONFIG_TOML,
    DEFAULT_MODEL,
    Config,
    Settings,
    SourceConfig,
    add_source,
    cache_dir,
    config_path,
    data_dir,
    home_dir,
    load_config,
    remove_source,
    write_default_config,
)
from briefing.exceptions import ConfigError


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config.toml"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def config_error(path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(write(path, text), env={})
    return str(info.value)


# -- paths -----------------------------------------------------------------------------------


def test_briefing_home_moves_everything(tmp_path: Path) -> None:
    env = {"BRIEFING_HOME": str(tmp_path)}
    assert home_dir(env) == tmp_path
    assert config_path(env) == tmp_path / "config.toml"
    assert data_dir(env) == tmp_path / "data"
    assert cache_dir(env) == tmp_path / "cache"


def test_briefing_cache_dir_moves_the_cache_alone(tmp_path: Path) -> None:
    shared = tmp_path / "shared-cache"
    env = {"BRIEFING_HOME": str(tmp_path / "home"), "BRIEFING_CACHE_DIR": str(shared)}
    assert cache_dir(env) == shared
    assert config_path(env) == tmp_path / "home" / "config.toml"
    assert data_dir(env) == tmp_path / "home" / "data"
    assert cache_dir({"BRIEFING_CACHE_DIR": str(shared)}) == shared
    assert (
        cache_dir({"BRIEFING_HOME": str(tmp_path), "BRIEFING_CACHE_DIR": ""}) == tmp_path / "cache"
    )


def test_platform_dirs_without_briefing_home() -> None:
    assert home_dir({}) is None
    assert config_path({}) == Path(platformdirs.user_config_dir("briefing")) / "config.toml"
    assert data_dir({}) == Path(platformdirs.user_data_dir("briefing"))
    assert cache_dir({}) == Path(platformdirs.user_cache_dir("briefing"))


def test_default_paths_follow_the_environment(tmp_path: Path) -> None:
    # conftest points BRIEFING_HOME at a per-test directory
    assert config_path().parent == home_dir()
    assert "briefing-home" in str(config_path())


# -- brief init and the default file ------------------------------------------------------------


def test_missing_file_gives_defaults(path: Path) -> None:
    assert load_config(path, env={}) == Config()


def test_init_then_load() -> None:
    result = run("init")
    assert result.exit_code == 0, result.output
    written = Path(result.stdout.strip())
    assert written == config_path()
    assert "wrote the default config" in result.stderr
    assert load_config() == Config()


def test_init_refuses_to_overwrite_unless_forced() -> None:
    assert run("init").exit_code == 0
    config_path().write_text('language = "de"\n', encoding="utf-8")
    result = run("init")
    assert result.exit_code == 2
    assert "already exists; use --force" in result.stderr
    assert load_config().language == "de"
    assert run("init", "--force").exit_code == 0
    assert load_config().language == "en"


def _all_keys(model: type[BaseModel], prefix: str = "") -> list[str]:
    keys = []
    for name, field in model.model_fields.items():
        keys.append(prefix + name)
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            keys += _all_keys(annotation, f"{prefix}{name}.")
    return keys


def test_default_file_documents_every_key() -> None:
    for key in _all_keys(Config):
        leaf = key.rsplit(".", 1)[-1]
        if leaf in ("prices", "models", "profiles"):
            assert f"[{leaf}." in DEFAULT_CONFIG_TOML
        elif leaf in ("topics", "outlets", "fetch", "email", "slack", "site"):
            assert f"[{leaf}]" in DEFAULT_CONFIG_TOML
        elif leaf in ("sources", "notify"):
            assert f"[[{leaf}]]" in DEFAULT_CONFIG_TOML
        else:
            assert re.search(rf"^#\s*{leaf} = ", DEFAULT_CONFIG_TOML, re.M), key


def test_default_file_examples_are_valid_when_uncommented(path: Path) -> None:
    example = re.compile(r"^# ((\[\[?[\w.\"-]+\]\]?)|(\w+ = .*))$")
    lines = [line[2:] if example.match(line) else line for line in DEFAULT_CONFIG_TOML.splitlines()]
    config = load_config(write(path, "\n".join(lines) + "\n"), env={})
    assert config.timezone == "Europe/Berlin"
    assert config.base_url == "http://localhost:8000/v1"
    assert config.topics.favour == ["ukraine", "markets"]
    assert config.email.to == ["me@example.org"]
    notify = [(n.url_env, n.name) for n in config.notify]
    assert notify == [("BRIEFING_DISCORD_URL", "team discord")]
    assert config.prices_for("my-local-model")["context"] == 32768
    assert config.sources == [
        SourceConfig(
            location="https://example.org/world/rss",
            kind="feed",
            name="Example World",
            full_text=False,
        )
    ]


# -- sources: add, list, remove -------------------------------------------------------------


def test_sources_round_trip_keeps_comments_and_layout(tmp_path: Path) -> None:
    assert run("init").exit_code == 0
    original = config_path().read_text(encoding="utf-8")
    folder = tmp_path / "clippings"
    folder.mkdir()

    result = run("sources", "add", "https://example.org/world/rss", "--kind", "feed", "--no-check")
    assert result.exit_code == 0, result.output
    assert "added https://example.org/world/rss (feed)" in result.stderr
    result = run("sources", "add", str(folder), "--name", "Clippings", "--no-full-text")
    assert result.exit_code == 0, result.output

    listed = json.loads(run("sources", "list", "--json").stdout)
    assert listed == [
        {
            "number": 1,
            "location": "https://example.org/world/rss",
            "kind": "feed",
            "name": None,
            "full_text": True,
            "allow_private": False,
            "last_run": None,
        },
        {
            "number": 2,
            "location": str(folder.resolve()),
            "kind": "folder",
            "name": "Clippings",
            "full_text": False,
            "allow_private": False,
            "last_run": None,
        },
    ]
    edited = config_path().read_text(encoding="utf-8")
    assert edited.startswith(original)  # every comment kept, new tables appended after them
    table = run("sources", "list").stdout
    assert "example.org/world/rss" in table and "Clippings" in table

    assert run("sources", "remove", "https://example.org/world/rss").exit_code == 0
    assert [s.location for s in load_config().sources] == [str(folder.resolve())]
    assert run("sources", "remove", "2").exit_code == 2  # numbered from 1: only 1 is left
    assert run("sources", "remove", "1").exit_code == 0
    assert load_config().sources == []
    assert config_path().read_text(encoding="utf-8").rstrip() == original.rstrip()


def test_add_keeps_hand_written_comments(path: Path) -> None:
    write(
        path,
        '# my settings\nlanguage = "de"  # German, please\n\n'
        '[[sources]]\nlocation = "https://a.example/rss"  # the first one\n'
        '[email]\nto = ["me@example.org"]\n',
    )
    add_source(path, "https://b.example/rss", kind="feed")
    text = path.read_text(encoding="utf-8")
    assert "# German, please" in text and "# the first one" in text
    assert text.index("b.example") < text.index("[email]")  # stays with the other sources
    config = load_config(path, env={})
    assert [s.location for s in config.sources] == [
        "https://a.example/rss",
        "https://b.example/rss",
    ]
    assert config.email.to == ["me@example.org"]


def test_add_and_remove_with_an_inline_array(path: Path) -> None:
    write(path, 'sources = [\n  { location = "https://a.example/rss" },  # one\n]\n')
    add_source(path, "https://b.example/rss")
    assert "# one" in path.read_text(encoding="utf-8")
    removed = remove_source(path, "https://a.example/rss")
    assert removed.location == "https://a.example/rss"
    assert [s.location for s in load_config(path, env={}).sources] == ["https://b.example/rss"]


def test_add_creates_the_file_when_missing() -> None:
    result = run("sources", "add", "https://example.org/rss", "--no-check")
    assert result.exit_code == 0, result.output
    assert f"created {config_path()}" in result.stderr
    assert "# briefing configuration" in config_path().read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("location", "kind", "message"),
    [
        ("ftp://example.org/feed", "auto", "must start with http:// or https://"),
        ("https://", "auto", "must start with http:// or https://"),
        ("https://example.org/rss", "folder", "--kind folder needs a local folder"),
        ("/no/such/folder", "auto", "does not exist"),
        ("relative/folder", "feed", "--kind feed needs an http(s) URL"),
        ("  ", "auto", "source location is empty"),
    ],
)
def test_add_validates_the_location(location: str, kind: str, message: str) -> None:
    result = run("sources", "add", location, "--kind", kind, "--no-check")
    assert result.exit_code == 2
    assert message in result.stderr


def test_add_refuses_a_file_that_is_not_a_folder(tmp_path: Path) -> None:
    file = tmp_path / "article.txt"
    file.write_text("hello", encoding="utf-8")
    result = run("sources", "add", str(file))
    assert result.exit_code == 2
    assert "is not a folder" in result.stderr


@pytest.mark.parametrize("again", ["https://example.org/rss", "https://EXAMPLE.org/rss/"])
def test_add_refuses_duplicates(again: str) -> None:
    assert run("sources", "add", "https://example.org/rss", "--no-check").exit_code == 0
    before = config_path().read_text(encoding="utf-8")
    result = run("sources", "add", again, "--no-check")
    assert result.exit_code == 2
    assert "is already configured (sources[0])" in result.stderr
    assert config_path().read_text(encoding="utf-8") == before


def test_add_refuses_to_edit_a_broken_file(path: Path) -> None:
    write(path, 'timezone = "Nowhere/Else"\n')
    with pytest.raises(ConfigError, match="timezone"):
        add_source(path, "https://example.org/rss")
    assert path.read_text(encoding="utf-8") == 'timezone = "Nowhere/Else"\n'


def test_remove_unknown_source() -> None:
    assert run("init").exit_code == 0
    result = run("sources", "remove", "https://nowhere.example/rss")
    assert result.exit_code == 2
    assert "no source 'https://nowhere.example/rss'" in result.stderr


def test_list_with_no_sources() -> None:
    result = run("sources", "list")
    assert result.exit_code == 0
    assert "no sources configured" in result.stderr
    assert json.loads(run("sources", "list", "--json").stdout) == []


# -- environment overrides and precedence -------------------------------------------------------


def test_environment_overrides_the_file(path: Path) -> None:
    write(
        path,
        'model = "file-model"\nbase_url = "http://file.example/v1"\nbackend = "offline"\n'
        'timezone = "UTC"\n[email]\nfrom_addr = "file@example.org"\nto = ["file@example.org"]\n'
        'smtp_url = "smtp://file@mail.example.org:587"\n',
    )
    env = {
        "BRIEFING_MODEL": "env-model",
        "OPENAI_BASE_URL": "http://openai-env.example/v1",
        "BRIEFING_BASE_URL": "http://briefing-env.example/v1",
        "BRIEFING_BACKEND": "openai",
        "BRIEFING_TIMEZONE": "America/New_York",
        "BRIEFING_EMAIL_FROM": "env@example.org",
        "BRIEFING_EMAIL_TO": " a@example.org, b@example.org ,",
        "BRIEFING_SMTP_URL": "smtps://env@mail.example.org:465",
    }
    config = load_config(path, env=env)
    assert config.model == "env-model"
    assert config.base_url == "http://briefing-env.example/v1"  # BRIEFING_ wins over OPENAI_
    assert config.backend == "openai"
    assert config.timezone == "America/New_York"
    assert config.email.from_addr == "env@example.org"
    assert config.email.to == ["a@example.org", "b@example.org"]
    assert config.email.smtp_url == "smtps://env@mail.example.org:465"
    assert load_config(path, env={"OPENAI_BASE_URL": "http://o.example"}).base_url == (
        "http://o.example"
    )


@pytest.mark.parametrize(
    ("var", "value", "message"),
    [
        ("BRIEFING_TIMEZONE", "Mars/Olympus", "BRIEFING_TIMEZONE: unknown time zone"),
        ("BRIEFING_BACKEND", "magic", "BRIEFING_BACKEND: input should be"),
        ("BRIEFING_SMTP_URL", "http://mail.example.org", "BRIEFING_SMTP_URL: should start with"),
    ],
)
def test_bad_environment_values_name_the_variable(
    path: Path, var: str, value: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(path, env={var: value})


def test_precedence_flags_over_env_over_file_over_defaults(path: Path) -> None:
    assert Settings.from_config(Config(), env={}).model == DEFAULT_MODEL
    write(path, 'model = "file-model"\nbase_url = "http://file.example/v1"\nbackend = "offline"\n')
    file_only = Settings.from_config(load_config(path, env={}), env={})
    assert (file_only.model, file_only.base_url, file_only.backend) == (
        "file-model",
        "http://file.example/v1",
        "offline",
    )
    env = {"BRIEFING_MODEL": "env-model", "BRIEFING_BACKEND": "openai"}
    from_env = Settings.from_config(load_config(path, env=env), env=env)
    assert (from_env.model, from_env.backend) == ("env-model", "openai")
    flagged = Settings.from_config(
        load_config(path, env=env), env=env, model="flag-model", backend=None, base_url=None
    )
    assert (flagged.model, flagged.backend, flagged.base_url) == (
        "flag-model",
        "openai",  # a flag left unset (None) does not override
        "http://file.example/v1",
    )


def test_env_applies_even_to_a_config_built_without_it() -> None:
    settings = Settings.from_config(Config(model="file-model"), env={"BRIEFING_MODEL": "env"})
    assert settings.model == "env"


def test_api_key_from_environment_only() -> None:
    settings = Settings.from_config(Config(), env={"OPENAI_API_KEY": "sk-test-123456789"})
    assert settings.api_key is not None
    assert settings.api_key.get_secret_value() == "sk-test-123456789"
    assert settings.resolved_backend == "openai"
    assert "sk-test" not in repr(settings)
    assert Settings.from_config(Config(), env={}).resolved_backend == "offline"


def test_from_env_still_works() -> None:
    settings = Settings.from_env({"BRIEFING_MODEL": "m", "OPENAI_BASE_URL": "http://x/v1"})
    assert (settings.model, settings.base_url) == ("m", "http://x/v1")
    assert Settings.from_env({}, model="flag").model == "flag"


# -- errors name the key ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[[sources]]\nlocation = "a"\n[[sources]]\nlocation = "b"\n'
            '[[sources]]\nlocation = "c"\nkind = "rss"\n',
            "sources[2].kind: input should be 'auto', 'feed', 'page' or 'folder' (got 'rss')",
        ),
        ("[[sources]]\nkind = 'feed'\n", "sources[0].location: field required"),
        (
            "[[sources]]\nlocation = 'https://a.example/rss'\n"
            "[[sources]]\nlocation = 'https://a.example/rss/'\n",
            "config.toml: sources[1] (https://a.example/rss/) duplicates sources[0]",
        ),
        ("[topics]\nfavor = ['x']\n", "topics.favor: unknown key; did you mean 'favour'?"),
        ("[outlets]\nblock = 'x'\n", "outlets.block: input should be a valid list"),
        ("emails = 1\n", "emails: unknown key; did you mean 'email'?"),
        ("[prices.'my-model']\ninptu = 1\n", "prices.my-model.inptu: unknown key"),
        ("[prices.m]\ninput = -1\n", "prices.m.input: input should be greater than or equal to 0"),
        ("[fetch]\nconcurrency = 0\n", "fetch.concurrency: input should be greater than"),
        ("max_cost = 0\n", "max_cost: input should be greater than 0"),
        ("backend = 'gpu'\n", "backend: input should be 'auto', 'offline' or 'openai'"),
        ("language = 'english please'\n", "language: string should match pattern"),
        ("[email]\nsmtp_url = 'mail.example.org'\n", "email.smtp_url: should start with smtp://"),
        ("[email]\nto = 'me@example.org'\n", "email.to: input should be a valid list"),
        (
            "[slack]\nusername = 'News'\n",
            "slack.username: unknown key; known keys: min_interval_s, retry_backoff_s",
        ),
    ],
)
def test_validation_errors_name_the_key(path: Path, text: str, message: str) -> None:
    error = config_error(path, text)
    assert error.startswith(f"{path}: ")
    assert message.lower() in error.lower()


def test_several_problems_in_one_error(path: Path) -> None:
    error = config_error(path, "timezone = 'Mars'\n[topics]\nfavor = []\n[fetch]\nper_host = 0\n")
    assert "3 problems" in error
    for key in ("timezone:", "topics.favor:", "fetch.per_host:"):
        assert key in error


def test_toml_syntax_error_names_the_line(path: Path) -> None:
    error = config_error(path, 'language = "en"\n\n[topics]\nfavour = ["a",\nexclude = 3\n')
    assert re.match(rf"{re.escape(str(path))} line \d+, column \d+: ", error)
    error = config_error(path, 'language = "en"\nmodel = \n')
    assert error.startswith(f"{path} line 2, column")


def test_cli_reports_config_errors_with_exit_2() -> None:
    config_path().parent.mkdir(parents=True)
    write(config_path(), "[[sources]]\nlocation = 'x'\nkind = 'rss'\n")
    result = run("sources", "list")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {config_path()}: sources[0].kind: input should be")
    assert "Traceback" not in result.output


# -- secrets ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "var"),
    [
        ('api_key = "sk-abcdefghijklmnop"\n', "api_key", "OPENAI_API_KEY"),
        ('[openai]\napi_key = "sk-abcdefghijklmnop"\n', "openai.api_key", "OPENAI_API_KEY"),
        ('[email]\npassword = "hunter2hunter2"\n', "email.password", "BRIEFING_SMTP_PASSWORD"),
        (
            '[slack]\nwebhook_url = "https://hooks.slack.com/services/T0/B0/abcdefgh"\n',
            "slack.webhook_url",
            "BRIEFING_SLACK_WEBHOOK_URL",
        ),
        (
            '[email]\nsmtp_url = "smtp://me:hunter2hunter2@mail.example.org:587"\n',
            "email.smtp_url",
            "BRIEFING_SMTP_PASSWORD",
        ),
    ],
)
def test_secrets_in_the_file_are_refused(path: Path, text: str, key: str, var: str) -> None:
    error = config_error(path, text)
    assert f"{key}:" in error and var in error
    for secret in ("sk-abcdefghijklmnop", "hunter2hunter2", "abcdefgh"):
        assert secret not in error


def test_config_show_reports_secrets_as_set_or_not_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-live-secret-value-123")
    monkeypatch.setenv("BRIEFING_SMTP_URL", "smtp://me:hunter2hunter2@mail.example.org:587")
    monkeypatch.delenv("BRIEFING_SMTP_PASSWORD", raising=False)
    monkeypatch.delenv("BRIEFING_SLACK_WEBHOOK_URL", raising=False)
    shown = run("config", "show")
    assert shown.exit_code == 0, shown.output
    assert "# OPENAI_API_KEY: set" in shown.stdout
    assert "# BRIEFING_SMTP_PASSWORD: not set" in shown.stdout
    assert "sk-live" not in shown.output and "hunter2" not in shown.output
    body = tomllib.loads(shown.stdout)
    assert body["model"] == DEFAULT_MODEL
    payload = json.loads(run("config", "show", "--json").stdout)
    assert payload["secrets"] == {
        "OPENAI_API_KEY": "set",
        "BRIEFING_SMTP_PASSWORD": "not set",
        "BRIEFING_SLACK_WEBHOOK_URL": "not set",
    }
    assert payload["path"] == str(config_path()) and payload["exists"] is False
    assert "hunter2" not in json.dumps(payload)


def test_config_show_is_the_effective_config(monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("sources", "add", "https://example.org/rss", "--no-check").exit_code == 0
    monkeypatch.setenv("BRIEFING_TIMEZONE", "Asia/Tokyo")
    shown = tomllib.loads(run("config", "show").stdout)
    assert shown["timezone"] == "Asia/Tokyo"
    assert shown["sources"][0]["location"] == "https://example.org/rss"


# -- time zone and the rest -------------------------------------------------------------------


def test_timezone_validated(path: Path) -> None:
    assert "timezone: unknown time zone 'Europe/Atlantis'" in config_error(
        path, 'timezone = "Europe/Atlantis"\n'
    )
    assert "timezone: unknown time zone" in config_error(path, 'timezone = "../etc/passwd"\n')
    config = load_config(write(path, 'timezone = "Europe/Berlin"\n'), env={})
    assert config.timezone == "Europe/Berlin"


def test_prices_for_feeds_model_info(path: Path) -> None:
    write(path, '[prices."local"]\ninput = 0.0\noutput = 0.0\ncontext = 32768\n')
    config = load_config(path, env={})
    assert config.prices_for("local") == {"input": 0.0, "output": 0.0, "context": 32768}
    assert config.prices_for("other") == {}


def test_write_default_config_refuses_to_overwrite(path: Path) -> None:
    write_default_config(path)
    with pytest.raises(ConfigError, match="already exists"):
        write_default_config(path)
    assert write_default_config(path, force=True) == path


def test_config_path_command() -> None:
    result = run("config", "path")
    assert result.exit_code == 0
    assert result.stdout.strip() == str(config_path())


@pytest.mark.parametrize(
    "command",
    [
        ["init"],
        ["sources"],
        ["sources", "add"],
        ["sources", "list"],
        ["sources", "remove"],
        ["config"],
        ["config", "show"],
        ["config", "path"],
    ],
)
def test_every_command_has_help(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    description = result.stdout.split("\n\n")[1].strip()
    assert len(description) > 20, result.stdout


def test_language_acts_and_is_shown_and_sections_without_settings_are_not(
    path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # `language` acts (LLM backends write in it): it loads normalised, silently, and is shown
    with caplog.at_level("WARNING", logger="briefing.config.load"):
        assert load_config(write(path, 'language = "de"\n'), env={}).language == "de"
        assert load_config(write(path, 'language = "pt_br"\n'), env={}).language == "pt-BR"
    assert not caplog.text
    with pytest.raises(ConfigError, match="'xx' is not a known language tag"):
        load_config(write(path, 'language = "xx"\n'), env={})
    assert run("init").exit_code == 0
    config_path().write_text('language = "fr"\n[slack]\n', encoding="utf-8")
    shown = tomllib.loads(run("config", "show").stdout)
    assert shown["language"] == "fr" and "profiles" not in shown and "prices" not in shown
    assert shown["slack"] == {"min_interval_s": 1.0, "retry_backoff_s": 0.5}  # they act
    assert {"timezone", "model", "topics", "email"} <= shown.keys()
