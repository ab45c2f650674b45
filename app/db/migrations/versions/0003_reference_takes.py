"""Reference takes per line, and each input's vote on an estimate.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 07:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reference_takes',
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('audio_path', sa.String(length=500), nullable=False),
    sa.Column('duration_s', sa.Float(), nullable=False),
    sa.Column('transcript', sa.Text(), nullable=False),
    sa.Column('words', sa.JSON(), nullable=False),
    sa.Column('reliability', sa.JSON(), nullable=False),
    sa.Column('features', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['line_id'], ['lines.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('line_id')
    )
    with op.batch_alter_table('estimates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('votes', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('estimates', schema=None) as batch_op:
        batch_op.drop_column('votes')
    op.drop_table('reference_takes')
