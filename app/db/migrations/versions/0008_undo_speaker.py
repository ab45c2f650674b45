"""An edit remembers the line's speaker and that speaker's voice too, so moving a line to another speaker can be undone
(and a speaker removed from the cast meanwhile comes back in their own voice).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 01:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('line_edits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('speaker', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('speaker_voice', sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('line_edits', schema=None) as batch_op:
        batch_op.drop_column('speaker_voice')
        batch_op.drop_column('speaker')
