"""Initial schema: projects, speakers, lines, estimates, directions, takes.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 04:59:24.065981
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('projects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('gap_s', sa.Float(), nullable=False),
    sa.Column('speaker_change_gap_s', sa.Float(), nullable=False),
    sa.Column('default_voice', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('speakers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('voice_id', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('project_id', 'name')
    )
    with op.batch_alter_table('speakers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speakers_project_id'), ['project_id'], unique=False)

    op.create_table('lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('direction', sa.Text(), nullable=True),
    sa.Column('author_id', sa.String(length=200), nullable=True),
    sa.Column('cue_start_s', sa.Float(), nullable=True),
    sa.Column('cue_end_s', sa.Float(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lines_project_id'), ['project_id'], unique=False)

    op.create_table('directions',
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('emotion', sa.String(length=20), nullable=True),
    sa.Column('intensity', sa.Float(), nullable=True),
    sa.Column('rate', sa.Float(), nullable=True),
    sa.Column('pitch', sa.Float(), nullable=True),
    sa.Column('volume', sa.Float(), nullable=True),
    sa.Column('pause_before', sa.Float(), nullable=True),
    sa.Column('pause_after', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['line_id'], ['lines.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('line_id')
    )
    op.create_table('estimates',
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('emotion', sa.String(length=20), nullable=False),
    sa.Column('probabilities', sa.JSON(), nullable=False),
    sa.Column('intensity', sa.Float(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('modalities', sa.JSON(), nullable=False),
    sa.Column('model_version', sa.String(length=50), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['line_id'], ['lines.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('line_id')
    )
    op.create_table('takes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('voice_id', sa.String(length=100), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('render_key', sa.String(length=64), nullable=False),
    sa.Column('audio_path', sa.String(length=500), nullable=False),
    sa.Column('duration_s', sa.Float(), nullable=False),
    sa.Column('sample_rate', sa.Integer(), nullable=False),
    sa.Column('render_s', sa.Float(), nullable=False),
    sa.Column('chosen', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['line_id'], ['lines.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('takes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_takes_line_id'), ['line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_takes_render_key'), ['render_key'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('takes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_takes_render_key'))
        batch_op.drop_index(batch_op.f('ix_takes_line_id'))

    op.drop_table('takes')
    op.drop_table('estimates')
    op.drop_table('directions')
    with op.batch_alter_table('lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lines_project_id'))

    op.drop_table('lines')
    with op.batch_alter_table('speakers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speakers_project_id'))

    op.drop_table('speakers')
    op.drop_table('projects')
