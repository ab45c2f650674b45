"""An edit remembers the line's direction note too, so typing "(whispering)" into a line's text can be undone.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 07:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('line_edits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('line_edits', schema=None) as batch_op:
        batch_op.drop_column('note')
