"""a date index over live encounters, for note search

Revision ID: 20261122_0004
Revises: 20261122_0003
Create Date: 2026-11-22

Note search walks encounters newest first and stops after a page of matches (issue 10: a common word in
100,000 notes took ~300 ms sorting every match). Never edit once released.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '20261122_0004'
down_revision = '20261122_0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('encounter', schema=None) as batch_op:
        batch_op.create_index('ix_encounter_started_live', ['started_at'], unique=False,
                              sqlite_where=sa.text('deleted = 0'))


def downgrade() -> None:
    with op.batch_alter_table('encounter', schema=None) as batch_op:
        batch_op.drop_index('ix_encounter_started_live', sqlite_where=sa.text('deleted = 0'))
