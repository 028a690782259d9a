"""emergency (break-glass) access notices

Revision ID: 20261122_0003
Revises: 20261122_0002
Create Date: 2026-11-22

Adds ``emergency_access``: a supervisor's emergency access to a member's chart, made by the server and
pulled to the laptops that carry the member (shown in the chart's Access log). Never edit once released.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '20261122_0003'
down_revision = '20261122_0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('emergency_access',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('granted_to', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.String(length=1000), nullable=False),
    sa.Column('granted_at', sa.String(length=32), nullable=False),
    sa.Column('expires_at', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_emergency_access_member_id_member'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_emergency_access'))
    )
    with op.batch_alter_table('emergency_access', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_emergency_access_member_id'), ['member_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('emergency_access', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_emergency_access_member_id'))
    op.drop_table('emergency_access')
