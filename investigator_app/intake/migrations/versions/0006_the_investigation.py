"""The investigation: allegations (earlier wordings kept), findings (every version kept),
the plan's tasks, each with the department that recorded it; and the ground a case was
closed on without investigation.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-09 10:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('allegations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('persons', sa.JSON(), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('created_by_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('edited_by_id', sa.String(length=36), nullable=False),
    sa.Column('edited_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('withdrawn_by_id', sa.String(length=36), nullable=True),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('withdraw_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_allegations_case_id_cases')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_allegations_created_by_id_users')),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_allegations_department_id_departments')),
    sa.ForeignKeyConstraint(['edited_by_id'], ['users.id'], name=op.f('fk_allegations_edited_by_id_users')),
    sa.ForeignKeyConstraint(['withdrawn_by_id'], ['users.id'], name=op.f('fk_allegations_withdrawn_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allegations'))
    )
    op.create_index(op.f('ix_allegations_case_id'), 'allegations', ['case_id'], unique=False)
    op.create_table('allegation_versions',
    sa.Column('allegation_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('persons', sa.JSON(), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('edited_by_id', sa.String(length=36), nullable=False),
    sa.Column('edited_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['allegation_id'], ['allegations.id'], name=op.f('fk_allegation_versions_allegation_id_allegations')),
    sa.ForeignKeyConstraint(['edited_by_id'], ['users.id'], name=op.f('fk_allegation_versions_edited_by_id_users')),
    sa.PrimaryKeyConstraint('allegation_id', 'version', name=op.f('pk_allegation_versions'))
    )
    op.create_table('findings',
    sa.Column('allegation_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('conclusion', sa.String(length=32), nullable=False),
    sa.Column('motivation', sa.Text(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('follow_up', sa.String(length=32), nullable=True),
    sa.Column('follow_up_text', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.String(length=36), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['allegation_id'], ['allegations.id'], name=op.f('fk_findings_allegation_id_allegations')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_findings_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('allegation_id', 'version', name=op.f('pk_findings'))
    )
    op.create_table('investigation_tasks',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('state', sa.String(length=32), nullable=False),
    sa.Column('state_by_id', sa.String(length=36), nullable=True),
    sa.Column('state_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_by_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_investigation_tasks_case_id_cases')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_investigation_tasks_created_by_id_users')),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_investigation_tasks_department_id_departments')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_investigation_tasks_owner_id_users')),
    sa.ForeignKeyConstraint(['state_by_id'], ['users.id'], name=op.f('fk_investigation_tasks_state_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_investigation_tasks'))
    )
    op.create_index(op.f('ix_investigation_tasks_case_id'), 'investigation_tasks', ['case_id'], unique=False)
    with op.batch_alter_table('cases') as batch_op:
        batch_op.add_column(sa.Column('closing_ground', sa.String(length=32), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('cases') as batch_op:
        batch_op.drop_column('closing_ground')
    op.drop_index(op.f('ix_investigation_tasks_case_id'), table_name='investigation_tasks')
    op.drop_table('investigation_tasks')
    op.drop_table('findings')
    op.drop_table('allegation_versions')
    op.drop_index(op.f('ix_allegations_case_id'), table_name='allegations')
    op.drop_table('allegations')
