"""Undo history of line text and direction changes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 08:35:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('line_edits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('what', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('direction', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['line_id'], ['lines.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('line_edits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_line_edits_project_id'), ['project_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('line_edits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_line_edits_project_id'))
    op.drop_table('line_edits')
