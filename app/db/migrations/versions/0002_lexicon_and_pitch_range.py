"""A pronunciation lexicon per project, and a pitch-range override per line.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 05:38:06.018413
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lexicon_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('word', sa.String(length=100), nullable=False),
    sa.Column('pronunciation', sa.String(length=300), nullable=False),
    sa.Column('is_ipa', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('project_id', 'word')
    )
    with op.batch_alter_table('lexicon_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lexicon_entries_project_id'), ['project_id'], unique=False)

    with op.batch_alter_table('directions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pitch_range', sa.Float(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('directions', schema=None) as batch_op:
        batch_op.drop_column('pitch_range')

    with op.batch_alter_table('lexicon_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lexicon_entries_project_id'))

    op.drop_table('lexicon_entries')
