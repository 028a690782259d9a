"""records.field_hlc: each field's clock time, kept beside field_meta for pulls

Revision ID: 20261123_s003
Revises: 20261122_s002
Create Date: 2026-11-23

A pull sends every row with its fields' hybrid-logical-clock times. Derived from ``field_meta`` on
every read, they were half the server's work in a first sync; now every write stores them once. Existing
rows are filled from their ``field_meta`` here. Never edit once released: add a new revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '20261123_s003'
down_revision = '20261122_s002'
branch_labels = None
depends_on = None

FILL = {
    'postgresql': "UPDATE records SET field_hlc = (SELECT coalesce(json_object_agg(key, value->>'hlc'), "
                  "'{}'::json) FROM json_each(records.field_meta))",
    'sqlite': "UPDATE records SET field_hlc = (SELECT json_group_object(key, json_extract(value, '$.hlc')) "
              "FROM json_each(records.field_meta))",
}


def upgrade() -> None:
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.add_column(sa.Column('field_hlc', sa.JSON(), nullable=True))
    op.execute(FILL[op.get_bind().dialect.name])
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.alter_column('field_hlc', existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('records', schema=None) as batch_op:
        batch_op.drop_column('field_hlc')
