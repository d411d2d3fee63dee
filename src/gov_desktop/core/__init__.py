"""Pure domain: tables, enums, validation, clocks and ids. No Qt, no network, no database engine."""
