"""Import a household/person roster (户籍花名册) from .xlsx or legacy .xls: a preview first, then one write.

``parse_roster`` reads the file and checks every row without touching the database; the caller gives it a
``exists(id_number) -> name | None`` lookup for persons already registered (and optionally one for household
numbers and name → id maps for villages and grids). The ``RosterPreview`` it returns lists households with
their persons, each row with its sheet and row number and its problems (errors stop the row, warnings do
not). ``import_roster`` then writes every valid household and person in ONE transaction through the
register use cases; ``write_rejects_report`` saves the rows that were not imported, with their problems.

What the reader understands:

* Any sheet whose header row is found: the row, among the first ``HEADER_SEARCH_ROWS``, that matches the
  most known headers (title rows and merged cells above it are skipped). Sheets without one (instructions,
  lists) are left alone. Header spellings: ``roster_fields.HEADER_SPELLINGS``.
* Cells: full-width digits and stray spaces are normalised; an ID number that Excel turned into a number or
  into scientific notation is reported (it cannot be repaired: digits are lost); the ID check digit, date
  and region are checked and birth date and gender are taken from it (and must agree with the columns when
  those are filled); dates as 1985.3.2, 1985-03-02, 1985/3/2, 1985年3月2日, 19850302, Excel date cells and
  date serial numbers; 出生年月 with year and month only is checked against the ID number.
* Households, by the first rule the sheet allows:
  1. a 户号 column: rows with the same 户号 form a household (anywhere in the file); a blank 户号 continues
     the household above (a merged cell), except on a second 户主 row, which starts a household without 户号;
  2. no 户号 but a 与户主关系 column: a 户主 row starts a household and the rows below it are its members;
  3. no 户号 and no relation but 户主姓名 and 姓名 columns: consecutive rows with the same 户主姓名 are a
     household, the row whose 姓名 equals it is the head;
  4. a 户主姓名 column without 姓名 (a list of households): every row is a household of one, its head.
  A household needs exactly one head: without one it is not imported (in rule 1 without a relation column
  the first row is taken as head, with a warning); a household without 户号 gets its head's ID number as
  household number (warning). Household fields (住址, 村, 网格, 户类别, 备注) come from the head row, or the
  first row that has them; flags are collected from every row of the household.
* A household whose head has an error is skipped as a whole: every member row says so. A member with an
  error is skipped alone; the rest of the household is imported.
* Duplicates: an ID number seen earlier in the file is an error on the later row (a warning on the first);
  one held by a registered person (the ``exists`` lookup) is an error naming that person.

Writing: one unit of work for the whole file, through ``register_household_in`` / ``register_person_in`` /
``register_persons_in`` (the use cases' session-level functions), so the register's own rules, permission
and scope checks and change capture all apply. Each household with its head sits in a savepoint; then the
members of all households are written in batches (``register_persons_in``, one savepoint per batch), and a
batch it refuses is written again member by member, each in its own savepoint: a refusal the preview could
not foresee (a 户号 or ID number registered meanwhile) leaves that household or member out and is added to
its rows; anything unexpected rolls the whole import back. A preview is imported once: it records the ids
written on its households and rows.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..core.enums import Education, Gender, HouseholdFlag, Relation, SpecialGroup, join_codes
from ..core.errors import DomainError, FieldError, ValidationFailed
from ..core.models import Grid, Household, Village
from ..core.validation import (
    IdInfo,
    normalize_phone,
    normalize_text,
    parse_date,
    parse_id_number,
)
from ..store.actor import Actor
from ..store.engine import Store
from ..store.usecases import register as register_uc
from ..store.usecases._common import get_ref, same_township, target_township, unit_of_work
from ..store.usecases.changes import Changes
from . import roster_fields as vocab
from .workbook_reader import Row, SheetRows, UnreadableFile, open_sheets

logger = logging.getLogger(__name__)

#: rows searched for the header row at the top of each sheet
HEADER_SEARCH_ROWS = 15
#: progress is reported every this many rows
PROGRESS_EVERY = 100
#: members registered per register_persons_in call
MEMBER_BATCH = 500
#: Household.note's length (the notes of a household's rows are joined into it)
NOTE_MAX_LEN = 500

Progress = Callable[[int, int], None]
ExistsLookup = Callable[[str], str | None]


class Severity(StrEnum):
    ERROR = "error"  # the row (or household) is not imported
    WARNING = "warning"  # imported, but the user should look


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem of a row: a catalog error (code, field, Chinese message) and how serious it is."""

    error: FieldError
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def code(self) -> str:
        return self.error.code

    @property
    def field(self) -> str:
        return self.error.field

    @property
    def message(self) -> str:
        return self.error.message


class Grouping(StrEnum):
    """How a sheet's rows are grouped into households (see the module docstring)."""

    HOUSEHOLD_NO = "household_no"
    HEAD_ROW = "head_row"
    HEAD_NAME = "head_name"
    ONE_PER_ROW = "one_per_row"
    NONE = "none"


@dataclass(frozen=True)
class SheetLayout:
    """What was understood of one sheet: where its header is and which column holds which field."""

    name: str
    header_row: int  # 1-based
    headers: tuple[str, ...]  # the header cells as written
    columns: Mapping[str, int]  # field -> 0-based column index
    ignored: tuple[str, ...]  # non-empty header cells not imported
    grouping: Grouping
    #: a list of households (户主姓名 but no 姓名 column): every row is a head
    heads_only: bool = False


@dataclass(eq=False)
class RosterRow:
    """One person row of the file and what became of it."""

    sheet: str
    row_number: int
    cells: Row  # the values as read, for the rejects report
    name: str = ""
    id_number: str = ""  # normalised as far as possible (shown even when invalid)
    relation: Relation | None = None
    is_head: bool = False
    household_no: str = ""
    head_name: str = ""
    #: the use case's input, once the row is known to be importable
    person: register_uc.PersonInput | None = None
    #: household-level values found on this row: address, village, grid, note, phone, flags
    household_values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    household: HouseholdDraft | None = field(default=None, repr=False)
    #: set by ``import_roster`` for rows written
    person_id: str | None = None

    @property
    def where(self) -> str:
        """Where the row is, for messages: “花名册”第12行."""
        return f"“{self.sheet}”第{self.row_number}行"

    @property
    def ok(self) -> bool:
        """No error: the row is (or was) imported."""
        return not any(p.is_error for p in self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    def add(self, error: FieldError, severity: Severity = Severity.ERROR) -> None:
        if not any(p.error == error for p in self.problems):
            self.problems.append(Problem(error, severity))

    def warn(self, error: FieldError) -> None:
        self.add(error, Severity.WARNING)


@dataclass(eq=False)
class HouseholdDraft:
    """A household as read: its rows (head first once known) and the values of the household form."""

    key: str
    household_no: str = ""
    rows: list[RosterRow] = field(default_factory=list)
    head: RosterRow | None = None
    address: str = ""
    phone: str = ""
    note: str = ""
    village_name: str = ""
    grid_name: str = ""
    village_id: str | None = None
    grid_id: str | None = None
    flags: tuple[str, ...] = ()
    #: problems of the household as a whole (also copied onto its rows)
    problems: list[Problem] = field(default_factory=list)
    #: set by ``import_roster`` when written
    household_id: str | None = None
    #: the sheet says who is head (a relation, 户主姓名 or 户主 column); else the first row is taken
    can_tell_head: bool = True

    @property
    def ok(self) -> bool:
        return self.head is not None and self.head.ok and not any(p.is_error for p in self.problems)

    @property
    def rows_to_import(self) -> list[RosterRow]:
        """The head, then the valid members (empty when the household is skipped)."""
        if not self.ok or self.head is None:
            return []
        return [self.head, *(r for r in self.rows if r is not self.head and r.ok)]

    def household_input(self, *, village_id: str | None, grid_id: str | None) -> register_uc.HouseholdInput:
        return register_uc.HouseholdInput(
            household_no=self.household_no,
            address=self.address,
            village_id=self.village_id or village_id,
            grid_id=self.grid_id or grid_id,
            phone=self.phone,
            note=self.note,
        )


@dataclass(frozen=True)
class RosterCounts:
    rows: int  # person rows read
    valid_rows: int  # rows that will be imported
    rejected_rows: int
    warning_rows: int  # valid rows with warnings
    households: int
    valid_households: int
    skipped_households: int


@dataclass(eq=False)
class RosterPreview:
    """Everything read from a roster file, before anything is written."""

    path: Path
    sheets: list[SheetLayout] = field(default_factory=list)
    rows: list[RosterRow] = field(default_factory=list)
    households: list[HouseholdDraft] = field(default_factory=list)
    #: problems of the file as a whole (unreadable, no header, a sheet without ID numbers …)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """The file could be read (rows may still have problems)."""
        return not any(p.is_error for p in self.problems)

    @property
    def rejected_rows(self) -> list[RosterRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def counts(self) -> RosterCounts:
        valid = [r for r in self.rows if r.ok]
        ok_households = sum(1 for h in self.households if h.ok)
        return RosterCounts(
            rows=len(self.rows),
            valid_rows=len(valid),
            rejected_rows=len(self.rows) - len(valid),
            warning_rows=sum(1 for r in valid if r.warnings),
            households=len(self.households),
            valid_households=ok_households,
            skipped_households=len(self.households) - ok_households,
        )


# --- parsing ---------------------------------------------------------------------------------------------


def parse_roster(
    path: str | Path,
    *,
    exists: ExistsLookup | None = None,
    household_exists: Callable[[str], bool] | None = None,
    villages: Mapping[str, str] | None = None,
    grids: Mapping[str, str] | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> RosterPreview:
    """Read and check a roster file; nothing is written.

    ``exists(id_number)`` returns the name of the registered person holding that ID number, or None.
    ``household_exists(household_no)`` tells whether a live household already has that number.
    ``villages`` / ``grids`` map names (as written in the 村 / 网格 columns) to ids; names not found get a
    warning and the defaults given to ``import_roster``; without a map those columns are not used.
    ``progress(done, total)`` is called every ``PROGRESS_EVERY`` rows; ``total`` is the row count the
    file declares (0 when it does not say) and the last call has ``done == total``.
    """
    preview = RosterPreview(path=Path(path))
    reader = _RowReader(
        exists=exists,
        today=today or date.today(),
        villages=_NameIndex(villages) if villages is not None else None,
        grids=_NameIndex(grids) if grids is not None else None,
    )
    households = _Households(household_exists)
    try:
        with open_sheets(path) as sheets:
            declared = [s.declared_rows for s in sheets]
            total = sum(d or 0 for d in declared) if all(d is not None for d in declared) else 0
            done = 0
            for sheet in sheets:
                done = _read_sheet(sheet, preview, reader, households, done, total, progress)
    except UnreadableFile as exc:
        preview.problems.append(Problem(exc.error))
        return preview
    if not preview.sheets:
        preview.problems.append(Problem(FieldError("file", "roster.no_header", {"rows": HEADER_SEARCH_ROWS})))
    preview.households = households.finish(reader)
    if progress is not None:
        progress(max(done, total), max(done, total))
    return preview


def _read_sheet(
    sheet: SheetRows,
    preview: RosterPreview,
    reader: _RowReader,
    households: _Households,
    done: int,
    total: int,
    progress: Progress | None,
) -> int:
    top: list[tuple[int, Row]] = []
    for number, cells in sheet.rows:
        top.append((number, cells))
        done += 1
        if number >= HEADER_SEARCH_ROWS:
            break
    layout = find_layout(sheet.name, top)
    if layout is None:
        logger.info("sheet %r: no header row in the first %d rows, skipped", sheet.name, HEADER_SEARCH_ROWS)
        for _ in sheet.rows:  # keep the progress count honest
            done += 1
        return done
    preview.sheets.append(layout)
    if "id_number" not in layout.columns:
        preview.problems.append(
            Problem(FieldError("id_number", "roster.no_id_column", {"sheet": sheet.name}), Severity.WARNING)
        )
    households.start_sheet(layout)

    def rows() -> Iterable[tuple[int, Row]]:
        yield from ((n, c) for n, c in top if n > layout.header_row)
        yield from sheet.rows

    for number, cells in rows():
        if number > top[-1][0]:
            done += 1
        row = reader.read(layout, number, cells)
        if row is not None:
            preview.rows.append(row)
            households.add(row)
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, max(total, done))
    return done


def find_layout(sheet_name: str, top_rows: list[tuple[int, Row]]) -> SheetLayout | None:
    """The header row among ``top_rows``: the one matching the most known headers, with a 姓名 column (or
    户主姓名) and at least one more; None when no row qualifies."""
    best: tuple[int, int, Row, dict[str, int]] | None = None
    for number, cells in top_rows:
        columns: dict[str, int] = {}
        for index, cell in enumerate(cells):
            name = vocab.match_header(cell)
            if name is not None and name not in columns:
                columns[name] = index
        if not ({"name", "head_name"} & columns.keys()) or len(columns) < 2:
            continue
        if best is None or len(columns) > best[1]:
            best = (number, len(columns), cells, columns)
    if best is None:
        return None
    number, _, cells, columns = best
    headers = tuple(normalize_text(c) for c in cells)
    used = set(columns.values())
    ignored = tuple(h for i, h in enumerate(headers) if h and i not in used)
    if "name" not in columns:  # a list of households: one row per head
        for head_field, person_field in (
            ("head_name", "name"),
            ("head_id_number", "id_number"),
            ("head_phone", "phone"),
        ):
            if head_field in columns and person_field not in columns:
                columns[person_field] = columns.pop(head_field)
        grouping = Grouping.ONE_PER_ROW if "household_no" not in columns else Grouping.HOUSEHOLD_NO
        return SheetLayout(sheet_name, number, headers, columns, ignored, grouping, heads_only=True)
    if "household_no" in columns:
        grouping = Grouping.HOUSEHOLD_NO
    elif "relation" in columns:
        grouping = Grouping.HEAD_ROW
    elif "head_name" in columns:
        grouping = Grouping.HEAD_NAME
    else:
        grouping = Grouping.NONE
    return SheetLayout(sheet_name, number, headers, columns, ignored, grouping)


# --- one row ---------------------------------------------------------------------------------------------

_SKIP_FIRST_CELL = frozenset({"示例", "例", "样例", "填写示例"})
#: a 户主 column holding ticks instead of names marks the head rows
_MARKS = frozenset({"是", "否", "√", "✓", "✔", "y", "n", "yes", "no", "1", "0", "true", "false", "×"})
_FOOTER = re.compile(
    r"^(合计|小计|总计|填表人|制表人|填报人|审核人|负责人|统计人|联系人|填表日期|制表日期|说明|注[:：])"
)
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff·])\s+(?=[\u3400-\u9fff·])")
_EXCEL_EPOCH = date(1899, 12, 30)
_MONTH_ONLY = (re.compile(r"^(\d{4})[-/.年](\d{1,2})月?$"), re.compile(r"^(\d{4})(\d{2})$"))
_PHONE_SPLIT = re.compile(r"[/、,，;；]|\s{2,}")
_PERSON_FIELDS = (
    "id_number",
    "gender",
    "ethnicity",
    "birth_date",
    "relation",
    "phone",
    "party",
    "education",
    "occupation",
    "name_bo",
)


def _clean_name(value: Any) -> str:
    text = normalize_text(value)
    return re.sub(r"\s+", " ", _CJK_GAP.sub("", text))


def _cell_text(value: Any) -> str:
    """A code-like cell (户号) as text: 12 and 12.0 both give "12"."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    return re.sub(r"\s+", "", normalize_text(value))


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not normalize_text(value))


BirthValue = date | tuple[int, int] | FieldError | None


def parse_birth(value: Any, *, field_name: str = "birth_date") -> BirthValue:
    """A birth-date cell: a date, (year, month) for 出生年月 cells without a day, a FieldError, or None."""
    if _is_blank(value):
        return None
    if isinstance(value, datetime | date):
        return parse_date(value, field=field_name)
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = int(value)
        if 19000101 <= number <= 21001231:
            return parse_date(str(number), field=field_name)
        if 190001 <= number <= 210012 and 1 <= number % 100 <= 12:
            return (number // 100, number % 100)
        if 1 <= value < 80000 and not 1900 <= number <= 2100:  # a date serial whose date format was lost
            return _EXCEL_EPOCH + timedelta(days=int(value))
        return FieldError(field_name, "date.invalid", {"value": _cell_text(value)})
    parsed = parse_date(value, field=field_name)
    if not isinstance(parsed, FieldError):
        return parsed
    text = normalize_text(value).replace(" ", "")
    for pattern in _MONTH_ONLY:
        m = pattern.match(text)
        if m and 1 <= int(m.group(2)) <= 12:
            return (int(m.group(1)), int(m.group(2)))
    return parsed


def _gender(value: Any) -> Gender | FieldError | None:
    text = normalize_text(value).upper()
    if not text:
        return None
    text = {"M": "男", "F": "女", "MALE": "男", "FEMALE": "女", "男性": "男", "女性": "女"}.get(text, text)
    member = Gender.from_label(text)
    return member if member is not None else FieldError("gender", "invalid_choice", {"value": text})


class _NameIndex:
    """Names of villages or grids → ids, matched leniently (full-width, spaces, 村/村委会 suffixes)."""

    _SUFFIXES = ("村民委员会", "居民委员会", "村委会", "居委会", "社区", "网格", "村", "居")

    def __init__(self, names: Mapping[str, str]) -> None:
        self._ids: dict[str, str] = {}
        for name, row_id in names.items():
            for key in self._keys(name):
                self._ids.setdefault(key, row_id)

    def _keys(self, name: str) -> list[str]:
        key = re.sub(r"\s+", "", normalize_text(name))
        keys = [key]
        for suffix in self._SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix):
                keys.append(key[: -len(suffix)])
                break
        return keys

    def find(self, name: str) -> str | None:
        for key in self._keys(name):
            if key in self._ids:
                return self._ids[key]
        return None


@dataclass
class _RowReader:
    """Turns the cells of one row into a ``RosterRow`` with its problems (no database needed)."""

    exists: ExistsLookup | None
    today: date
    villages: _NameIndex | None
    grids: _NameIndex | None
    seen_ids: dict[str, RosterRow] = field(default_factory=dict)

    def read(self, layout: SheetLayout, number: int, cells: Row) -> RosterRow | None:
        columns = layout.columns

        def cell(name: str) -> Any:
            index = columns.get(name, -1)
            return cells[index] if 0 <= index < len(cells) else None

        first = next((normalize_text(c) for c in cells if not _is_blank(c)), "")
        if not first or first in _SKIP_FIRST_CELL:
            return None
        name = _clean_name(cell("name"))
        id_raw = cell("id_number")
        if (not name and _is_blank(id_raw)) and (
            _FOOTER.match(first) or all(_is_blank(cell(f)) for f in _PERSON_FIELDS)
        ):
            return None  # a footer (合计, 填表人 …) or a row of household cells only
        row = RosterRow(sheet=layout.name, row_number=number, cells=cells, name=name)
        row.household_no = _cell_text(cell("household_no"))
        head_cell = cell("head_name")
        head_mark = vocab.yes_no(head_cell) if normalize_text(head_cell).lower() in _MARKS else None
        row.head_name = "" if head_mark is not None else _clean_name(head_cell)
        self._relation(row, layout, cell("relation"), head_mark)
        data = self._person(row, "id_number" in columns, cell)
        self._household_values(row, cell)
        row.person = data if row.ok else None
        return row

    # -- parts of a row ----------------------------------------------------------------------------------

    def _relation(self, row: RosterRow, layout: SheetLayout, value: Any, head_mark: bool | None) -> None:
        text = normalize_text(value)
        if layout.heads_only:
            row.relation = Relation.HEAD
        elif text:
            relation = vocab.relation_from_text(text)
            if relation is None:
                row.warn(FieldError("relation", "roster.relation_unknown", {"value": text}))
                relation = Relation.OTHER
            row.relation = relation
        elif head_mark or (row.head_name and row.name == row.head_name):
            row.relation = Relation.HEAD
        row.is_head = row.relation is Relation.HEAD

    def _identity(self, row: RosterRow, value: Any) -> IdInfo | None:
        if _is_blank(value):
            row.warn(FieldError("id_number", "roster.id_missing"))
            return None
        result = parse_id_number(value, today=self.today)
        if isinstance(result, FieldError):
            row.id_number = _cell_text(value) if not isinstance(value, float) else f"{value:.6g}"
            row.add(result)
            return None
        row.id_number = result.number
        first = self.seen_ids.get(result.number)
        if first is not None:
            row.add(
                FieldError(
                    "id_number", "roster.duplicate_in_file", {"value": result.number, "other": first.where}
                )
            )
            first.warn(
                FieldError(
                    "id_number", "roster.duplicate_later", {"value": result.number, "other": row.where}
                )
            )
        else:
            self.seen_ids[result.number] = row
        if self.exists is not None:
            holder = self.exists(result.number)
            if holder is not None:
                row.add(
                    FieldError("id_number", "id_number.duplicate", {"value": result.number, "name": holder})
                )
        return result

    def _person(self, row: RosterRow, has_ids: bool, cell: Callable[[str], Any]) -> register_uc.PersonInput:
        info = self._identity(row, cell("id_number")) if has_ids else None
        gender = _gender(cell("gender"))
        if isinstance(gender, FieldError):
            row.add(gender)
            gender = None
        if info is not None and gender is not None and gender is not info.gender:
            row.add(FieldError("gender", "id_number.mismatch_gender", {"gender": info.gender.label}))
        birth_raw = cell("birth_date")
        birth = parse_birth(birth_raw)
        birth_date: date | None = None
        if isinstance(birth, FieldError):
            row.add(birth)
        elif isinstance(birth, tuple):
            if info is not None:
                if birth != (info.birth_date.year, info.birth_date.month):
                    row.add(
                        FieldError(
                            "birth_date", "id_number.mismatch_birth", {"birth": info.birth_date.isoformat()}
                        )
                    )
            else:
                row.warn(
                    FieldError("birth_date", "roster.birth_month_only", {"value": normalize_text(birth_raw)})
                )
        elif birth is not None:
            birth_date = birth
            if info is not None and birth != info.birth_date:
                row.add(
                    FieldError(
                        "birth_date", "id_number.mismatch_birth", {"birth": info.birth_date.isoformat()}
                    )
                )
        if info is not None:  # the use case takes both from the ID number
            gender, birth_date = None, None
        data = register_uc.PersonInput(
            name=row.name,
            id_number=info.number if info is not None else "",
            gender=gender.value if gender is not None else None,
            birth_date=birth_date,
            name_bo=normalize_text(cell("name_bo")),
            ethnicity=vocab.normalize_ethnicity(cell("ethnicity")),
            relation=(row.relation or Relation.OTHER).value,
            phone=self._phone(row, cell("phone")),
            is_party_member=bool(vocab.is_party_member(cell("party"))),
            party_branch=normalize_text(cell("party_branch")),
            education=self._education(row, cell("education")),
            occupation=normalize_text(cell("occupation")),
            special_groups=self._groups(row, cell),
        )
        for error in _person_form_errors(data):
            if not any(p.field == error.field and p.is_error for p in row.problems):
                row.add(error)
        return data

    def _phone(self, row: RosterRow, value: Any) -> str:
        text = _cell_text(value) if isinstance(value, int | float) else normalize_text(value)
        parts = [p for p in (normalize_phone(x) for x in _PHONE_SPLIT.split(text)) if p]
        if len(parts) > 1:
            row.warn(FieldError("phone", "roster.extra_phone", {"value": parts[0]}))
        return parts[0] if parts else ""

    def _education(self, row: RosterRow, value: Any) -> str:
        text = normalize_text(value)
        if not text or text in vocab.BLANK_WORDS:
            return ""
        education: Education | None = vocab.education_from_text(text)
        if education is None:
            row.warn(FieldError("education", "roster.unknown_value", {"value": text}))
            return ""
        return education.value

    def _groups(self, row: RosterRow, cell: Callable[[str], Any]) -> str:
        codes: set[str] = set()
        for item in vocab.split_list(cell("special_groups")):
            if vocab.is_none_word(item):
                continue
            group: SpecialGroup | None = vocab.group_from_text(item)
            if group is None:
                row.warn(FieldError("special_groups", "roster.unknown_value", {"value": item}))
            else:
                codes.add(group.value)
        for group in SpecialGroup:
            if vocab.yes_no(cell(f"group:{group.value}")):
                codes.add(group.value)
        return join_codes(codes)

    def _household_values(self, row: RosterRow, cell: Callable[[str], Any]) -> None:
        values = row.household_values
        for name in ("address", "village", "grid", "note"):
            text = normalize_text(cell(name))
            if text:
                values[name] = text
        flags: set[str] = set()
        for item in vocab.split_list(cell("flags")):
            if vocab.is_none_word(item):
                continue
            flag: HouseholdFlag | None = vocab.flag_from_text(item)
            if flag is None:
                row.warn(FieldError("flags", "roster.unknown_value", {"value": item}))
            else:
                flags.add(flag.value)
        for flag in HouseholdFlag:
            if vocab.yes_no(cell(f"flag:{flag.value}")):
                flags.add(flag.value)
        values["flags"] = flags


def _person_form_errors(data: register_uc.PersonInput) -> list[FieldError]:
    """The register use case's own checks of the person form (length, phone, future dates …)."""
    try:
        register_uc._person_values(data)
    except ValidationFailed as exc:
        return list(exc.errors)
    return []


def _household_form_errors(data: register_uc.HouseholdInput) -> list[FieldError]:
    try:
        register_uc._household_values(data)
    except ValidationFailed as exc:
        return list(exc.errors)
    return []


# --- households ------------------------------------------------------------------------------------------


class _Households:
    """Groups rows into households as they are read, by each sheet's ``Grouping``."""

    def __init__(self, household_exists: Callable[[str], bool] | None) -> None:
        self.household_exists = household_exists
        self.by_no: dict[str, HouseholdDraft] = {}
        self.all: list[HouseholdDraft] = []
        self.layout: SheetLayout | None = None
        self.current: HouseholdDraft | None = None
        self.current_head_name = ""

    def start_sheet(self, layout: SheetLayout) -> None:
        self.layout = layout
        self.current = None
        self.current_head_name = ""

    def _new(self, key: str, household_no: str = "") -> HouseholdDraft:
        assert self.layout is not None
        layout = self.layout
        can_tell = layout.heads_only or bool({"relation", "head_name"} & layout.columns.keys())
        draft = HouseholdDraft(key=key, household_no=household_no, can_tell_head=can_tell)
        self.all.append(draft)
        return draft

    def add(self, row: RosterRow) -> None:
        assert self.layout is not None
        grouping = self.layout.grouping
        draft: HouseholdDraft | None = None
        if grouping is Grouping.HOUSEHOLD_NO:
            if row.household_no:
                draft = self.by_no.get(row.household_no)
                if draft is None:
                    draft = self.by_no[row.household_no] = self._new(row.household_no, row.household_no)
            elif self.current is not None and not (row.is_head and _has_head(self.current)):
                draft = self.current
            elif row.is_head:
                draft = self._new(f"{row.sheet}!{row.row_number}")
        elif grouping is Grouping.HEAD_ROW:
            draft = self._new(f"{row.sheet}!{row.row_number}") if row.is_head else self.current
        elif grouping is Grouping.HEAD_NAME:
            if (row.head_name and row.head_name != self.current_head_name) or (
                row.is_head and not row.head_name
            ):
                draft = self._new(f"{row.sheet}!{row.row_number}")
                self.current_head_name = row.head_name
            else:
                draft = self.current
        elif grouping is Grouping.ONE_PER_ROW:
            draft = self._new(f"{row.sheet}!{row.row_number}")
        if draft is None:
            row.add(FieldError("household_no", "roster.no_household"))
            row.person = None
            return
        draft.rows.append(row)
        row.household = draft
        self.current = draft

    def finish(self, reader: _RowReader) -> list[HouseholdDraft]:
        for draft in self.all:
            self._settle(draft, reader)
        return self.all

    # -- one household -------------------------------------------------------------------------------------

    def _settle(self, draft: HouseholdDraft, reader: _RowReader) -> None:
        heads = [r for r in draft.rows if r.is_head]
        if heads:
            draft.head = heads[0]
            for extra in heads[1:]:
                extra.add(FieldError("relation", "roster.extra_head", {"other": heads[0].where}))
                extra.person = None
        elif not draft.can_tell_head and draft.rows:
            draft.head = draft.rows[0]
            draft.head.is_head = True
            draft.head.relation = Relation.HEAD
            if draft.head.person is not None:
                draft.head.person = replace(draft.head.person, relation=Relation.HEAD.value)
            draft.problems.append(
                Problem(
                    FieldError("relation", "roster.head_assumed", {"name": draft.head.name}), Severity.WARNING
                )
            )
        else:
            number = draft.household_no or "（未填）"
            draft.problems.append(Problem(FieldError("relation", "roster.no_head", {"household": number})))
        if draft.head is not None:
            draft.rows.remove(draft.head)
            draft.rows.insert(0, draft.head)
        self._number(draft)
        self._values(draft, reader)
        if (
            draft.household_no
            and self.household_exists is not None
            and self.household_exists(draft.household_no)
        ):
            draft.problems.append(
                Problem(FieldError("household_no", "household_no.duplicate", {"value": draft.household_no}))
            )
        if draft.household_no:
            for error in _household_form_errors(draft.household_input(village_id=None, grid_id=None)):
                draft.problems.append(Problem(error))
        self._spread(draft)

    def _number(self, draft: HouseholdDraft) -> None:
        if draft.household_no:
            return
        head = draft.head
        if head is not None and head.ok and head.id_number:
            draft.household_no = head.id_number
            draft.problems.append(
                Problem(
                    FieldError("household_no", "roster.household_no_generated", {"value": head.id_number}),
                    Severity.WARNING,
                )
            )
        elif head is not None and head.ok:  # a head without ID number: nothing to number the household by
            draft.problems.append(Problem(FieldError("household_no", "required")))

    def _values(self, draft: HouseholdDraft, reader: _RowReader) -> None:
        firsts: dict[str, tuple[str, RosterRow]] = {}
        flags: set[str] = set()
        notes: list[str] = []
        for row in draft.rows:
            values = row.household_values
            flags |= values.get("flags", set())
            note = values.get("note", "")
            if note and (row.ok or row is draft.head):
                notes.append(note if row is draft.head else f"{row.name}：{note}")
            for name in ("address", "village", "grid"):
                value = values.get(name, "")
                if not value:
                    continue
                if name not in firsts:
                    firsts[name] = (value, row)
                elif firsts[name][0] != value:
                    first, first_row = firsts[name]
                    label = {"address": "住址", "village": "村（居）", "grid": "网格"}[name]
                    row.warn(
                        FieldError(
                            name,
                            "roster.household_conflict",
                            {
                                "label": label,
                                "value": value,
                                "first": first,
                                "first_where": f"第{first_row.row_number}行",
                            },
                        )
                    )
        draft.flags = tuple(sorted(flags))
        draft.note = "；".join(notes)
        if len(draft.note) > NOTE_MAX_LEN:  # members' notes joined: keep the household, cut the note
            draft.note = draft.note[: NOTE_MAX_LEN - 1] + "…"
            draft.problems.append(
                Problem(FieldError("note", "too_long", {"max": NOTE_MAX_LEN}), Severity.WARNING)
            )
        draft.address = firsts.get("address", ("", None))[0]
        draft.village_name = firsts.get("village", ("", None))[0]
        draft.grid_name = firsts.get("grid", ("", None))[0]
        if draft.head is not None and draft.head.person is not None:
            draft.phone = draft.head.person.phone
        if draft.village_name and reader.villages is not None:
            draft.village_id = reader.villages.find(draft.village_name)
            if draft.village_id is None:
                draft.problems.append(
                    Problem(
                        FieldError("village_id", "roster.unknown_village", {"value": draft.village_name}),
                        Severity.WARNING,
                    )
                )
        if draft.grid_name and reader.grids is not None:
            draft.grid_id = reader.grids.find(draft.grid_name)
            if draft.grid_id is None:
                draft.problems.append(
                    Problem(
                        FieldError("grid_id", "roster.unknown_grid", {"value": draft.grid_name}),
                        Severity.WARNING,
                    )
                )

    @staticmethod
    def _spread(draft: HouseholdDraft) -> None:
        """Household problems onto rows: warnings onto the head row, a refusal onto every row."""
        head = draft.head
        for problem in draft.problems:
            if not problem.is_error and head is not None:
                head.warn(problem.error)
        if draft.ok:
            return
        if head is not None and not head.ok:
            reason = FieldError("", "roster.head_invalid", {"where": f"第{head.row_number}行"}).message
        else:
            reason = "；".join(p.message for p in draft.problems if p.is_error)
        for row in draft.rows:
            if row is head and not any(p.is_error for p in draft.problems):
                continue  # the head's own errors already say why
            row.add(FieldError("household_no", "roster.household_rejected", {"reason": reason}))
            row.person = None


def _has_head(draft: HouseholdDraft) -> bool:
    return any(r.is_head for r in draft.rows)


# --- writing ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    household_ids: tuple[str, ...]
    person_ids: tuple[str, ...]
    #: rows of the file not written (errors found by the preview, or refused while writing)
    skipped_rows: int
    #: rows refused while writing (their problems were added to the preview's rows too)
    write_refusals: tuple[RosterRow, ...]
    changes: Changes

    @property
    def households_created(self) -> int:
        return len(self.household_ids)

    @property
    def persons_created(self) -> int:
        return len(self.person_ids)


def import_roster(
    store: Store,
    actor: Actor,
    preview: RosterPreview,
    *,
    township_code: str | None = None,
    village_id: str | None = None,
    grid_id: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write every valid household with its valid members in ONE transaction, through the register use cases.

    ``village_id`` / ``grid_id`` are used for households whose 村 / 网格 columns are empty or unknown.
    Rows with errors are skipped (a household whose head has an error is skipped whole). What the database
    alone can tell (a 户号 or an ID number registered meanwhile) is checked again while writing: such a
    household or person is left out (a savepoint undoes its part) and its rows get the problem, so the
    rejects report lists them. The actor's permission and scope and the default village and grid are
    checked first: if they fail, ``DomainError`` is raised and nothing is written; any other exception also
    rolls back the whole import.
    """
    actor.require(register_uc.PERMISSION)
    township = target_township(actor, township_code)
    actor.require_grid(grid_id or actor.grid_id)
    households = [h for h in preview.households if h.ok]
    total = sum(len(h.rows_to_import) for h in households)
    done = reported = 0
    household_ids: list[str] = []
    written: list[HouseholdDraft] = []
    members: list[tuple[str, RosterRow]] = []
    refused: list[RosterRow] = []
    with unit_of_work(store, actor) as unit:
        session = unit.session
        if grid_id is not None:
            same_township(get_ref(session, Grid, grid_id, "grid_id"), township, "grid_id")
        if village_id is not None:
            same_township(get_ref(session, Village, village_id, "village_id"), township, "village_id")
        for draft in households:
            rows = draft.rows_to_import
            head = rows[0]
            try:
                with session.begin_nested():
                    household_id = register_uc.register_household_in(
                        session,
                        actor,
                        draft.household_input(village_id=village_id, grid_id=grid_id),
                        township_code=township,
                    )
                    # held for the members below: the session's identity map only keeps it weakly, and
                    # register_persons_in looks the household up again
                    household = get_ref(session, Household, household_id, "household_id")
                    if draft.flags:
                        household.flags = join_codes(draft.flags)  # set_household_flags opens its own unit
                    head_id = register_uc.register_person_in(session, actor, household_id, _input(head))
            except DomainError as exc:
                _refuse_household(draft, exc, refused)
                done += len(rows)
                continue
            draft.household_id, head.person_id = household_id, head_id
            household_ids.append(household_id)
            written.append(draft)
            members.extend((household_id, row) for row in rows[1:])
            done += 1
            if progress is not None and done - reported >= PROGRESS_EVERY:
                progress(done, total)
                reported = done
        # the members of every household written, in batches: all of a batch at once through
        # register_persons_in, or (when it refuses something) one by one, so only the refused rows are left out
        for start in range(0, len(members), MEMBER_BATCH):
            batch = members[start : start + MEMBER_BATCH]
            try:
                with session.begin_nested():
                    ids = register_uc.register_persons_in(
                        session, actor, [(household_id, _input(row)) for household_id, row in batch]
                    )
                for (_, row), person_id in zip(batch, ids, strict=True):
                    row.person_id = person_id
            except DomainError:
                for household_id, row in batch:
                    try:
                        with session.begin_nested():
                            row.person_id = register_uc.register_person_in(
                                session, actor, household_id, _input(row)
                            )
                    except DomainError as exc:
                        for error in exc.errors:
                            row.add(error)
                        refused.append(row)
            done += len(batch)
            if progress is not None and done - reported >= PROGRESS_EVERY:
                progress(done, total)
                reported = done
    # in the file's order: each household's head, then its members
    person_ids = [row.person_id for draft in written for row in draft.rows_to_import if row.person_id]
    if progress is not None:
        progress(total, total)
    kept = {("household", i) for i in household_ids} | {("person", i) for i in person_ids}
    changes = unit.changes
    changes = Changes(inserted=changes.inserted & kept, updated=changes.updated, deleted=changes.deleted)
    logger.info(
        "roster %s imported: %d households, %d persons, %d rows skipped",
        preview.path.name,
        len(household_ids),
        len(person_ids),
        len(preview.rows) - len(person_ids),
    )
    return ImportResult(
        household_ids=tuple(household_ids),
        person_ids=tuple(person_ids),
        skipped_rows=len(preview.rows) - len(person_ids),
        write_refusals=tuple(refused),
        changes=changes,
    )


def _input(row: RosterRow) -> register_uc.PersonInput:
    assert row.person is not None, f"row {row.where} has no person input"
    return row.person


def _refuse_household(draft: HouseholdDraft, exc: DomainError, refused: list[RosterRow]) -> None:
    reason = "；".join(e.message for e in exc.errors)
    draft.problems.extend(Problem(e) for e in exc.errors)
    for row in draft.rows:
        if row.ok:
            row.add(FieldError("household_no", "roster.household_rejected", {"reason": reason}))
            refused.append(row)


# --- rejects report --------------------------------------------------------------------------------------

REJECTS_PROBLEM_HEADER = "问题说明"
REJECTS_ROW_HEADER = "原表行号"
_FIELD_COLUMN = {"village_id": "village", "grid_id": "grid", "is_party_member": "party"}
_TEXT_FIELDS = ("id_number", "household_no", "phone", "head_id_number", "head_phone")


def write_rejects_report(preview: RosterPreview, path: str | Path) -> int:
    """Save the rows that were not imported as .xlsx: per source sheet, its original header and cells, then
    原表行号 and 问题说明 (errors, then warnings marked 提示) filled red; the cells at fault are tinted.
    Fixed, the file can be imported again. Returns the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bad_fill = PatternFill("solid", fgColor="FFC7CE")
    problem_font = Font(color="9C0006")
    header_font, header_fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    book = Workbook()
    book.remove(book.active)
    written = 0
    layouts = {layout.name: layout for layout in preview.sheets}
    rejected = preview.rejected_rows
    for name, layout in layouts.items():
        rows = [r for r in rejected if r.sheet == name]
        if not rows:
            continue
        sheet = book.create_sheet(_unique_title(book, name))
        width = max(len(layout.headers), *(len(r.cells) for r in rows))
        headers = [
            *layout.headers,
            *[""] * (width - len(layout.headers)),
            REJECTS_ROW_HEADER,
            REJECTS_PROBLEM_HEADER,
        ]
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font, cell.fill = header_font, header_fill
        text_columns = {layout.columns[f] for f in _TEXT_FIELDS if f in layout.columns}
        for row in rows:
            values = [_report_value(v, i in text_columns) for i, v in enumerate(row.cells)]
            values += [None] * (width - len(values))
            sheet.append([*values, row.row_number, _problem_text(row)])
            excel_row = sheet.max_row
            for problem in row.errors:
                index = layout.columns.get(_FIELD_COLUMN.get(problem.field, problem.field))
                if index is not None and index >= 0:
                    sheet.cell(row=excel_row, column=index + 1).fill = bad_fill
            for index in text_columns:
                sheet.cell(row=excel_row, column=index + 1).number_format = "@"
            for cell in sheet[excel_row]:
                if isinstance(cell.value, datetime | date):
                    cell.number_format = "yyyy-mm-dd"
            problem_cell = sheet.cell(row=excel_row, column=width + 2)
            problem_cell.fill, problem_cell.font = bad_fill, problem_font
            problem_cell.alignment = Alignment(wrap_text=True, vertical="top")
            written += 1
        for index, header in enumerate(headers, start=1):
            letter = get_column_letter(index)
            if header == REJECTS_PROBLEM_HEADER:
                sheet.column_dimensions[letter].width = 60
            elif index - 1 in text_columns:
                sheet.column_dimensions[letter].width = 21
            else:
                sheet.column_dimensions[letter].width = max(8, min(30, len(str(header)) * 2 + 2))
        sheet.freeze_panes = "A2"
    if preview.problems:
        sheet = book.create_sheet("文件问题")
        sheet.append(["类别", REJECTS_PROBLEM_HEADER])
        for problem in preview.problems:
            sheet.append(["错误" if problem.is_error else "提示", problem.message])
        sheet.column_dimensions["B"].width = 80
    if not book.worksheets:
        sheet = book.create_sheet("问题行")
        sheet.append([REJECTS_PROBLEM_HEADER])
        sheet.append(["没有未导入的行"])
    book.save(Path(path))
    return written


def _problem_text(row: RosterRow) -> str:
    parts = [p.message for p in row.errors] + [f"提示：{p.message}" for p in row.warnings]
    return "；\n".join(parts)


def _report_value(value: Any, as_text: bool) -> Any:
    if as_text and isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:.0f}" if isinstance(value, float) else str(value)
    if isinstance(value, str) and value.startswith("="):
        return "'" + value  # never a formula
    return value


def _unique_title(book: Any, name: str) -> str:
    title = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:31] or "问题行"
    candidate, n = title, 2
    while candidate in book.sheetnames:
        candidate = f"{title[:28]}_{n}"
        n += 1
    return candidate
