"""care plan versions, assessment proposals, participation-review tasks

Revision ID: 20261122_0002
Revises: 20261122_0001
Create Date: 2026-11-22

Adds the plan's version history (``care_plan_version``), the nurse's decisions on what assessments
propose (``plan_proposal``), and the ``participation_review`` task kind. Never edit once released.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '20261122_0002'
down_revision = '20261122_0001'
branch_labels = None
depends_on = None

_SYNC_COLUMNS = (
    ('id', sa.String(length=36), False),
    ('created_at', sa.String(length=32), False),
    ('updated_at', sa.String(length=32), False),
    ('created_by', sa.String(length=64), False),
    ('updated_by', sa.String(length=64), False),
    ('version', sa.Integer(), False),
    ('deleted', sa.Boolean(), False),
)
_OLD_KINDS = ("'initial_assessment', 'care_plan', 'follow_up_contact', 'reassessment', 'care_plan_review', "
              "'referral_follow_up', 'outreach', 'visit', 'manual'")
_NEW_KINDS = ("'initial_assessment', 'care_plan', 'follow_up_contact', 'reassessment', 'care_plan_review', "
              "'referral_follow_up', 'participation_review', 'outreach', 'visit', 'manual'")


def _sync_columns() -> list[sa.Column]:
    return [sa.Column(name, kind, nullable=nullable) for name, kind, nullable in _SYNC_COLUMNS]


def upgrade() -> None:
    op.create_table('care_plan_version',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('care_plan_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('taken_at', sa.String(length=32), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['care_plan_id'], ['care_plan.id'], name=op.f('fk_care_plan_version_care_plan_id_care_plan')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_care_plan_version_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_plan_version'))
    )
    with op.batch_alter_table('care_plan_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_care_plan_version_care_plan_id'), ['care_plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_care_plan_version_member_id'), ['member_id'], unique=False)

    op.create_table('plan_proposal',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('source', sa.String(length=60), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('decision', sa.String(length=9), nullable=False),
    sa.Column('decided_on', sa.String(length=10), nullable=False),
    sa.Column('problem_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    *_sync_columns(),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_plan_proposal_member_id_member'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_plan_proposal_problem_id_problem')),
    sa.CheckConstraint("decision IN ('accepted', 'dismissed')", name=op.f('ck_plan_proposal_decision')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_proposal'))
    )
    with op.batch_alter_table('plan_proposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_proposal_member_id'), ['member_id'], unique=False)

    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_constraint('ck_task_kind', type_='check')
        batch_op.alter_column('kind', existing_type=sa.String(length=18), type_=sa.String(length=20),
                              existing_nullable=False)
        batch_op.create_check_constraint('ck_task_kind', f"kind IN ({_NEW_KINDS})")


def downgrade() -> None:
    op.execute("DELETE FROM task WHERE kind = 'participation_review'")
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_constraint('ck_task_kind', type_='check')
        batch_op.alter_column('kind', existing_type=sa.String(length=20), type_=sa.String(length=18),
                              existing_nullable=False)
        batch_op.create_check_constraint('ck_task_kind', f"kind IN ({_OLD_KINDS})")
    with op.batch_alter_table('plan_proposal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_proposal_member_id'))
    op.drop_table('plan_proposal')
    with op.batch_alter_table('care_plan_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_care_plan_version_member_id'))
        batch_op.drop_index(batch_op.f('ix_care_plan_version_care_plan_id'))
    op.drop_table('care_plan_version')
