"""The person name search index: ``person_name_gram`` and, on SQLite, the triggers that keep it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

A substring search over a person's Chinese or Tibetan name cannot use a B-tree index on the name, and a scan
of 100,000 encrypted rows takes ~200 ms (SQLCipher decrypts every page). This table holds, per person:

* every 1- and 2-character gram of ``name`` ("张晓", "晓华", "华"): a substring query looks up one of its
  bigrams (or, for one character, the grams it starts) and checks the name of the few candidates;
* the first two code points of every syllable of ``name_bo`` (Tibetan substrings start at a syllable);
* ``=`` + the whole name, and ``=`` + the Tibetan name without its closing tsheg/shad: exact and prefix
  matches by key.

SQLite triggers keep it current on every write, local, remote or raw, so no write path can miss it.
The table is created on every dialect so the model and the schema agree; the county server (PostgreSQL)
has no triggers and never reads it. The statements are frozen here: a later change needs a new revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

TABLE = "person_name_gram"
#: Tibetan syllable separators: tsheg, non-breaking tsheg, shad, space
_BO_SEP = "('་', '༌', '།', ' ')"
_BO_TRIM = "'་༌། '"
#: "1,2,…,200": positions for json_each (CTEs are not allowed inside SQLite triggers; json_each is)
_NUMBERS = ",".join(str(i) for i in range(1, 201))


def _positions(length: str) -> str:
    """json_each over 1..``length`` (an SQL expression, at most 200): the prefix of _NUMBERS that holds
    exactly the numbers up to it, so a trigger walks a name's own length and no further."""
    chars = (
        f"CASE WHEN {length} <= 9 THEN 2 * {length} - 1 WHEN {length} <= 99 THEN 3 * {length} - 10 "
        f"ELSE 4 * min({length}, 200) - 109 END"
    )
    return f"json_each('[' || substr('{_NUMBERS}', 1, {chars}) || ']')"


def _grams(row: str) -> str:
    """A SELECT of the (distinct) keys of ``row`` (NEW, OLD or the table name) as column ``gram``."""
    return f"""SELECT substr({row}.name, p.value, 2) AS gram FROM {_positions(f"length({row}.name)")} AS p
    WHERE substr({row}.name, p.value, 1) <> ' '
  UNION SELECT substr({row}.name_bo, p.value, 2) FROM {_positions(f"length({row}.name_bo)")} AS p
    WHERE substr({row}.name_bo, p.value, 1) NOT IN {_BO_SEP}
      AND (p.value = 1 OR substr({row}.name_bo, p.value - 1, 1) IN {_BO_SEP})
  UNION SELECT '=' || {row}.name WHERE {row}.name <> ''
  UNION SELECT '=' || rtrim({row}.name_bo, {_BO_TRIM}) WHERE rtrim({row}.name_bo, {_BO_TRIM}) <> ''"""


TRIGGERS: tuple[tuple[str, str], ...] = (
    (
        "search_person_insert",
        f"""CREATE TRIGGER search_person_insert AFTER INSERT ON person
BEGIN
  INSERT OR IGNORE INTO {TABLE} (gram, person_id) SELECT gram, NEW.id FROM ({_grams("NEW")});
END""",
    ),
    (
        "search_person_update",
        f"""CREATE TRIGGER search_person_update AFTER UPDATE OF name, name_bo ON person
WHEN NEW.name IS NOT OLD.name OR NEW.name_bo IS NOT OLD.name_bo
BEGIN
  DELETE FROM {TABLE} WHERE person_id = OLD.id AND gram IN ({_grams("OLD")});
  INSERT OR IGNORE INTO {TABLE} (gram, person_id) SELECT gram, NEW.id FROM ({_grams("NEW")});
END""",
    ),
    (
        "search_person_delete",
        f"""CREATE TRIGGER search_person_delete AFTER DELETE ON person
BEGIN
  DELETE FROM {TABLE} WHERE person_id = OLD.id AND gram IN ({_grams("OLD")});
END""",
    ),
)

#: the keys of the persons already stored, inserted in key order (far faster than in row order)
BACKFILL = f"""INSERT OR IGNORE INTO {TABLE} (gram, person_id)
SELECT gram, person_id FROM (
  SELECT substr(person.name, p.value, 2) AS gram, person.id AS person_id
    FROM person JOIN {_positions("length(person.name)")} AS p
    WHERE substr(person.name, p.value, 1) <> ' '
  UNION SELECT substr(person.name_bo, p.value, 2), person.id
    FROM person JOIN {_positions("length(person.name_bo)")} AS p
    WHERE substr(person.name_bo, p.value, 1) NOT IN {_BO_SEP}
      AND (p.value = 1 OR substr(person.name_bo, p.value - 1, 1) IN {_BO_SEP})
  UNION SELECT '=' || person.name, person.id FROM person WHERE person.name <> ''
  UNION SELECT '=' || rtrim(person.name_bo, {_BO_TRIM}), person.id FROM person
    WHERE rtrim(person.name_bo, {_BO_TRIM}) <> ''
) ORDER BY gram, person_id"""


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("gram", sa.String(length=100), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("gram", "person_id"),
        sqlite_with_rowid=False,
    )
    if op.get_bind().dialect.name != "sqlite":
        return
    for _name, statement in TRIGGERS:
        op.execute(statement)
    op.execute(BACKFILL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, _statement in reversed(TRIGGERS):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table(TABLE)
