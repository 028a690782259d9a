"""emergency (break-glass) access

Revision ID: 20261122_s002
Revises: 20261122_s001
Create Date: 2026-11-22

Supervisors designated for emergency access (``emergency_designations``) and every grant they made
(``emergency_grants``, append-only). Never edit once released: add a new revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '20261122_s002'
down_revision = '20261122_s001'
branch_labels = None
depends_on = None

BIG_INT = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('emergency_designations',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('designated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_emergency_designations'))
    )
    op.create_table('emergency_grants',
    sa.Column('id', BIG_INT, autoincrement=True, nullable=False),
    sa.Column('member_id', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.String(length=1000), nullable=False),
    sa.Column('granted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('record_id', sa.String(length=64), nullable=False),
    sa.Column('seq', BIG_INT, nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_seq', BIG_INT, nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_emergency_grants'))
    )
    with op.batch_alter_table('emergency_grants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_emergency_grants_ended_seq'), ['ended_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_emergency_grants_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_emergency_grants_username'), ['username'], unique=False)


def downgrade() -> None:
    op.drop_table('emergency_grants')
    op.drop_table('emergency_designations')
