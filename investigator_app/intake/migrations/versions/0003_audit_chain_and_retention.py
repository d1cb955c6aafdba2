"""The audit trail becomes a hash chain (prev_hash, hash, the reason's sha256, a head row
locked by every append); cases learn when retention purged their content.

Existing events are chained in id order. On PostgreSQL a trigger refuses to delete audit
events or change them, except erasing a reason's text (retention; its sha256 stays).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 19:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from investigator_app.intake.audit_chain import GENESIS_HASH, HEAD_ID, event_hash, text_sha256
from investigator_app.intake.db import UTCDateTime


# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_BATCH = 5000

_events = sa.table(
    'audit_events',
    sa.column('id', sa.Integer()),
    sa.column('at', UTCDateTime()),
    sa.column('actor_id', sa.String()),
    sa.column('actor_name', sa.String()),
    sa.column('action', sa.String()),
    sa.column('case_id', sa.String()),
    sa.column('detail', sa.JSON()),
    sa.column('reason', sa.Text()),
    sa.column('reason_sha256', sa.String()),
    sa.column('prev_hash', sa.String()),
    sa.column('hash', sa.String()),
)

_PG_GUARD = """
CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
    -- Retention may erase a reason's text; its sha256 keeps the chain whole.
    IF TG_OP = 'UPDATE' AND NEW.reason IS NULL
       AND (NEW.id, NEW.at, NEW.actor_id, NEW.actor_name, NEW.action, NEW.case_id,
            NEW.detail::text, NEW.reason_sha256, NEW.prev_hash, NEW.hash)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.at, OLD.actor_id, OLD.actor_name, OLD.action, OLD.case_id,
            OLD.detail::text, OLD.reason_sha256, OLD.prev_hash, OLD.hash) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
"""


def _chain_existing_events(connection: sa.Connection) -> tuple[int, str]:
    last_id, last_hash = 0, GENESIS_HASH
    while True:
        rows = connection.execute(
            sa.select(_events).where(_events.c.id > last_id).order_by(_events.c.id).limit(_BATCH)
        ).all()
        if not rows:
            return last_id, last_hash
        updates = []
        for row in rows:
            reason_sha256 = text_sha256(row.reason)
            digest = event_hash(
                id=row.id,
                at=row.at,
                actor_id=row.actor_id,
                actor_name=row.actor_name,
                action=row.action,
                case_id=row.case_id,
                detail=row.detail,
                reason_sha256=reason_sha256,
                prev_hash=last_hash,
            )
            updates.append(
                {"key": row.id, "r": reason_sha256, "p": last_hash, "h": digest}
            )
            last_id, last_hash = row.id, digest
        connection.execute(
            _events.update()
            .where(_events.c.id == sa.bindparam('key'))
            .values(
                reason_sha256=sa.bindparam('r'),
                prev_hash=sa.bindparam('p'),
                hash=sa.bindparam('h'),
            ),
            updates,
        )


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column('cases', sa.Column('purged_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('audit_events', sa.Column('reason_sha256', sa.String(length=64), nullable=True))
    op.add_column('audit_events', sa.Column('prev_hash', sa.String(length=64), nullable=True))
    op.add_column('audit_events', sa.Column('hash', sa.String(length=64), nullable=True))
    last_id, last_hash = _chain_existing_events(op.get_bind())
    with op.batch_alter_table('audit_events') as batch_op:
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_audit_events_hash'), ['hash'])
    head = op.create_table('audit_chain_head',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain_head'))
    )
    op.bulk_insert(head, [{'id': HEAD_ID, 'last_id': last_id, 'last_hash': last_hash}])
    if op.get_bind().dialect.name == 'postgresql':
        # Ids now come from the chain head; the old sequence would only mislead.
        op.execute('ALTER TABLE audit_events ALTER COLUMN id DROP DEFAULT')
        op.execute(_PG_GUARD)


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP TRIGGER audit_events_append_only ON audit_events')
        op.execute('DROP FUNCTION audit_events_append_only()')
        op.execute('CREATE SEQUENCE IF NOT EXISTS audit_events_id_seq OWNED BY audit_events.id')
        op.execute(
            "SELECT setval('audit_events_id_seq', COALESCE((SELECT max(id) FROM audit_events), 0) + 1, false)"
        )
        op.execute(
            "ALTER TABLE audit_events ALTER COLUMN id SET DEFAULT nextval('audit_events_id_seq')"
        )
    op.drop_table('audit_chain_head')
    with op.batch_alter_table('audit_events') as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_events_hash'), type_='unique')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('reason_sha256')
    with op.batch_alter_table('cases') as batch_op:
        batch_op.drop_column('purged_at')
