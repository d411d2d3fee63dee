"""The throwaway PostgreSQL of tests/conftest.py really serves SQL through SQLAlchemy + psycopg."""

import glob
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa


def test_postgres_url_serves_queries(postgres_url: str) -> None:
    assert postgres_url.startswith("postgresql+psycopg://postgres@127.0.0.1:")
    assert postgres_url.endswith("/govtest")
    engine = sa.create_engine(postgres_url)
    try:
        with engine.begin() as conn:
            assert conn.execute(sa.text("select 1")).scalar_one() == 1
            assert conn.execute(sa.text("select current_database()")).scalar_one() == "govtest"
            assert conn.execute(sa.text("show server_encoding")).scalar_one() == "UTF8"
            conn.execute(sa.text("create table fixture_probe (id serial primary key, name text not null)"))
            conn.execute(
                sa.text("insert into fixture_probe (name) values (:a), (:b)"), {"a": "扎西", "b": "ཀུན་བཟང་"}
            )
        with engine.connect() as conn:
            rows = conn.execute(sa.text("select name from fixture_probe order by id")).scalars().all()
            assert rows == ["扎西", "ཀུན་བཟང་"]
            conn.execute(sa.text("drop table fixture_probe"))
            conn.commit()
    finally:
        engine.dispose()


def test_fresh_postgres_url_is_an_empty_private_database(postgres_url: str, fresh_postgres_url: str) -> None:
    assert fresh_postgres_url != postgres_url
    engine = sa.create_engine(fresh_postgres_url)
    try:
        with engine.begin() as conn:
            assert sa.inspect(conn).get_table_names() == []
            conn.execute(sa.text("create table probe (x int)"))
            conn.execute(sa.text("insert into probe values (42)"))
        with engine.connect() as conn:
            assert conn.execute(sa.text("select x from probe")).scalar_one() == 42
    finally:
        engine.dispose()


def test_missing_postgresql_fails_instead_of_skipping(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    root_conftest = Path(__file__).with_name("conftest.py")
    plugin = next(
        p
        for p in request.config.pluginmanager.get_plugins()
        if getattr(p, "__file__", None) and Path(p.__file__) == root_conftest
    )
    monkeypatch.setattr(glob, "glob", lambda pattern: [])
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception, match="install the Debian package 'postgresql'"):
        plugin._pg_bindir()
