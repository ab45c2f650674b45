"""Edits made by one user action share an action id, so one undo takes back a change to many lines at once.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 20:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('line_edits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('action_id', sa.String(length=32), nullable=True))
    op.execute("UPDATE line_edits SET action_id = CAST(id AS TEXT)")  # each earlier edit was an action of its own
    with op.batch_alter_table('line_edits', schema=None) as batch_op:
        batch_op.alter_column('action_id', existing_type=sa.String(length=32), nullable=False)
        batch_op.create_index(batch_op.f('ix_line_edits_action_id'), ['action_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('line_edits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_line_edits_action_id'))
        batch_op.drop_column('action_id')
