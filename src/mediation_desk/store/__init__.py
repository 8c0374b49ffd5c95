"""Persistence: engine, tables, unit of work, migrations, search index. Imports only domain."""
