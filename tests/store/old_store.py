"""A store at an earlier revision, filled as that release's feed would have filled it."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine, MetaData, insert, select, update

from investigator_app.operations import Operation
from investigator_app.protocol import ChangesResponse, MeResponse
from investigator_app.store.database import alembic_config, create_store_engine, migrate, writer
from investigator_app.store.identity import set_identity
from investigator_app.store.sealing import Sealer, outbox_op_place
from investigator_app.store.snapshots import apply_page

# The tables a feed page and a sign-in fill, parents first.
_FILLED = ("colleagues", "cases", "case_events", "case_messages", "case_attachments", "case_notes")


def store_at(path: Path, sealer: Sealer, revision: str) -> Engine:
    """A new store file migrated up to ``revision`` only (dispose of the engine after)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_store_engine(path)
    config = alembic_config()
    config.attributes["sealer"] = sealer
    with writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    return engine


def queue_as_0005(
    engine: Engine, sealer: Sealer, op: Operation, *, state: str = "pending", attempts: int = 0
) -> None:
    """An outbox row as releases 0005 and 0006 wrote it: the operation sealed whole."""
    with writer(engine).begin() as conn:
        outbox = MetaData()
        outbox.reflect(conn, only=["outbox"])
        conn.execute(
            insert(outbox.tables["outbox"]).values(
                op_id=op.op_id.hex,
                case_id=op.case_id,
                reference="REF",
                action=op.action.value,
                made_at=op.made_at.isoformat(timespec="microseconds"),
                state=state,
                message="",
                attempts=attempts,
                sealed_op=sealer.seal(op.model_dump_json(), outbox_op_place(op.op_id)),
            )
        )


def fill_as_an_older_release(
    engine: Engine, sealer: Sealer, me: MeResponse, feed: ChangesResponse, scratch: Path
) -> None:
    """Apply ``feed`` as ``me`` to ``engine``'s store, which is at an older revision: the
    page goes into a store at the newest revision (in ``scratch``), whose columns that the
    older revision has are copied over. Sealed values are bound to their case, not to the
    file, so they open in the older store too."""
    newest = create_store_engine(scratch)
    migrate(newest, sealer)
    with writer(newest).begin() as conn:
        set_identity(conn, me)
        apply_page(conn, sealer, feed, [])
    source, target = MetaData(), MetaData()
    with newest.connect() as read, writer(engine).begin() as write:
        source.reflect(read)
        target.reflect(write)
        state = read.execute(select(source.tables["sync_state"])).mappings().one()
        sync_state = target.tables["sync_state"]
        write.execute(update(sync_state).values(_known(state, sync_state.c.keys())))
        for name in _FILLED:
            rows = read.execute(select(source.tables[name])).mappings().all()
            if rows:
                table = target.tables[name]
                write.execute(insert(table), [_known(row, table.c.keys()) for row in rows])
    newest.dispose()


def _known(row: object, columns: list[str]) -> dict[str, object]:
    values = dict(row)  # type: ignore[call-overload]
    return {name: values[name] for name in columns if name in values and name != "key_check"}
