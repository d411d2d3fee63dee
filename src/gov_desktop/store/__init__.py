"""The local database: engine and pragmas (SQLCipher), migrations, change capture, use cases, queries."""
