"""The keyed search index of the long texts, looked up in SQLite rather than in memory.

Each case keeps its keyed prefix tokens (store/sealing.py) in ``cases.search_tokens``. With
a hundred thousand cases those are tens of millions of tokens: too many to hold in the
list's rows (the list took minutes to read). So the tokens also go into an SQLite FTS5
table, ``case_search``, as hexadecimal terms under the case's ``search_key``; a typed word
is one indexed lookup. The table is contentless (it keeps the index, not the text), so a
case's old terms are removed by handing them back ('delete'), from the blob in ``cases``.

An SQLite built without FTS5 has no ``case_search``: the same question is then answered by
reading every blob (``instr``), slower on a big store but the same answer. The terms are
keyed hashes, never words: the index reveals what the blobs reveal (encryption-at-rest.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from investigator_app.vault.search_tokens import TOKEN_BYTES

TABLE = "case_search"
TERM_BYTES = 8
_CHUNK = 500
Entry = tuple[int, bytes | None]
"""A case in the index: its search key and the token blob it was indexed with."""


def terms(blob: bytes | None) -> str:
    """The FTS5 text of a token blob: one hexadecimal term per token, of its first
    TERM_BYTES (64 bits: two different words share a term by chance once in 2^64)."""
    if not blob:
        return ""
    hexed = blob.hex()
    step, width = 2 * TOKEN_BYTES, 2 * TERM_BYTES
    return " ".join(hexed[i : i + width] for i in range(0, len(hexed), step))


def term(token: bytes) -> str:
    return token[:TERM_BYTES].hex()


def fts5_available(conn: Connection) -> bool:
    return bool(conn.exec_driver_sql("SELECT sqlite_compileoption_used('ENABLE_FTS5')").scalar())


def has_index(conn: Connection) -> bool:
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).first()
    return found is not None


def create(conn: Connection) -> bool:
    """Create the (empty) index when this SQLite has FTS5; False when it has not."""
    if not fts5_available(conn):
        return False
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
        "terms, content='', detail='none', columnsize=0, tokenize='ascii')"
    )
    return True


def add(conn: Connection, entries: Iterable[Entry]) -> None:
    """Index (search key, token blob) pairs of cases not in the index."""
    rows = [{"key": key, "terms": terms(blob)} for key, blob in entries if blob]
    if rows:
        conn.execute(text(f"INSERT INTO {TABLE}(rowid, terms) VALUES (:key, :terms)"), rows)


def remove(conn: Connection, entries: Iterable[Entry]) -> None:
    """Take cases out of the index, with the token blobs they were indexed with."""
    rows = [{"key": key, "terms": terms(blob)} for key, blob in entries if blob]
    if rows:
        conn.execute(
            text(f"INSERT INTO {TABLE}({TABLE}, rowid, terms) VALUES ('delete', :key, :terms)"),
            rows,
        )


def held(conn: Connection, case_ids: Sequence[str]) -> dict[str, tuple[int | None, bytes | None]]:
    """Search key and token blob of those cases as they are stored now."""
    query = text("SELECT id, search_key, search_tokens FROM cases WHERE id IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    found: dict[str, tuple[int | None, bytes | None]] = {}
    for start in range(0, len(case_ids), _CHUNK):
        chunk = list(case_ids[start : start + _CHUNK])
        found.update((i, (key, blob)) for i, key, blob in conn.execute(query, {"ids": chunk}))
    return found


def keys_for(conn: Connection, case_ids: Sequence[str]) -> tuple[dict[str, int], list[Entry]]:
    """The search key of each case about to be stored (its own if it has one, else the
    next free number: small, dense numbers keep the index's lists of cases short), and the
    (key, old blob) entries the index must forget first."""
    stored = held(conn, case_ids)
    keys = {case_id: key for case_id, (key, _) in stored.items() if key is not None}
    forget: list[Entry] = [(key, blob) for key, blob in stored.values() if key is not None]
    next_key = conn.exec_driver_sql("SELECT coalesce(max(search_key), 0) + 1 FROM cases").scalar()
    assert isinstance(next_key, int)
    for case_id in case_ids:
        if case_id not in keys:
            keys[case_id] = next_key
            next_key += 1
    return keys, forget


def clear(conn: Connection) -> None:
    conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('delete-all')")


def rebuild(conn: Connection) -> None:
    """Number every case and index it again (a migration, a new index)."""
    keys = [
        {"key": key, "id": case_id}
        for key, (case_id,) in enumerate(
            conn.exec_driver_sql("SELECT id FROM cases ORDER BY rowid"), start=1
        )
    ]
    if keys:
        conn.execute(text("UPDATE cases SET search_key = :key WHERE id = :id"), keys)
    if not has_index(conn):
        return
    clear(conn)
    result = conn.exec_driver_sql("SELECT search_key, search_tokens FROM cases")
    while batch := result.fetchmany(_CHUNK):
        add(conn, [(key, blob) for key, blob in batch])


def matching_keys(conn: Connection, tokens: Sequence[bytes]) -> set[int]:
    """The search keys of the stored cases whose index holds every one of ``tokens``."""
    raw = conn.connection.driver_connection  # a common prefix finds most cases: plain rows
    assert raw is not None
    if has_index(conn):
        query = " AND ".join(f'"{term(token)}"' for token in tokens)
        # One text of all the keys: a row per key would cost more than the lookup itself.
        keys = raw.execute(
            f"SELECT group_concat(rowid) FROM {TABLE} WHERE {TABLE} MATCH ?", (query,)
        ).fetchone()[0]
        return set(map(int, keys.split(","))) if keys else set()
    # No FTS5 in this SQLite: read the blobs. A token found at an offset that is not a
    # multiple of its length would be a chance match across two tokens: checked here.
    condition = " AND ".join("instr(search_tokens, ?) > 0" for _ in tokens)
    rows = raw.execute(
        f"SELECT search_key, search_tokens FROM cases WHERE {condition}", tuple(tokens)
    ).fetchall()
    return {key for key, blob in rows if all(_holds(blob, token) for token in tokens)}


def _holds(blob: bytes, token: bytes) -> bool:
    at = blob.find(token)
    while at >= 0:
        if at % TOKEN_BYTES == 0:
            return True
        at = blob.find(token, at + 1)
    return False
