"""tests/conftest.py keeps every test away from the real home, settings and keyring."""

import os
from pathlib import Path

import keyring


def test_home_and_xdg_dirs_point_into_tmp_path(tmp_path: Path) -> None:
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = Path(os.environ[var])
        assert path.is_relative_to(tmp_path), var
        assert path.is_dir(), var
    assert Path(os.environ["GOV_DESKTOP_DATA_DIR"]).is_relative_to(tmp_path)
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_keyring_is_a_plaintext_file_under_the_temp_data_home(tmp_path: Path) -> None:
    backend = keyring.get_keyring()
    assert type(backend).__module__ + "." + type(backend).__qualname__ == "keyrings.alt.file.PlaintextKeyring"
    keyring.set_password("gov-desktop-test", "device", "s3cret")
    assert keyring.get_password("gov-desktop-test", "device") == "s3cret"
    stored = Path(backend.file_path)  # type: ignore[attr-defined]
    assert stored.is_relative_to(Path(os.environ["XDG_DATA_HOME"]))
    assert stored.is_file()
