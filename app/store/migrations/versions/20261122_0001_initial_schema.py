"""initial schema

Revision ID: 20261122_0001
Revises: 
Create Date: 2026-11-22

The whole schema of Carefield's first release. Never edit once released: add a new revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '20261122_0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('user', sa.String(length=64), nullable=False),
    sa.Column('device', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=18), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=True),
    sa.Column('category', sa.String(length=12), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.CheckConstraint("action IN ('view', 'create', 'update', 'delete', 'sign', 'print', 'export', 'login', 'unlock', 'failed_unlock', 'lock', 'sync', 'conflict_resolved', 'passphrase_changed', 'emergency_access')", name=op.f('ck_audit_event_action')),
    sa.CheckConstraint("category IN ('demographics', 'contacts', 'care_team', 'conditions', 'medications', 'allergies', 'utilization', 'consents', 'encounters', 'assessments', 'care_plan', 'tasks', 'chart', 'system')", name=op.f('ck_audit_event_category')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('id', name=op.f('uq_audit_event_id')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_member_id'), ['member_id'], unique=False)

    op.create_table('conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=True),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('local_value', sa.JSON(), nullable=False),
    sa.Column('server_value', sa.JSON(), nullable=False),
    sa.Column('local_hlc', sa.String(length=40), nullable=False),
    sa.Column('server_hlc', sa.String(length=40), nullable=False),
    sa.Column('detected_at', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('resolution', sa.String(length=20), nullable=False),
    sa.Column('resolved_at', sa.String(length=32), nullable=True),
    sa.Column('resolved_by', sa.String(length=64), nullable=False),
    sa.CheckConstraint("status IN ('open', 'resolved')", name=op.f('ck_conflict_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict'))
    )
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_member_id'), ['member_id'], unique=False)

    op.create_table('draft',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=True),
    sa.Column('entity_id', sa.String(length=36), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('saved_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_draft'))
    )
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_draft_member_id'), ['member_id'], unique=False)

    op.create_table('member',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('plan_member_id', sa.String(length=32), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('middle_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('preferred_name', sa.String(length=100), nullable=False),
    sa.Column('dob', sa.String(length=10), nullable=False),
    sa.Column('sex', sa.String(length=7), nullable=False),
    sa.Column('gender_identity', sa.String(length=60), nullable=False),
    sa.Column('pronouns', sa.String(length=30), nullable=False),
    sa.Column('preferred_language', sa.String(length=16), nullable=False),
    sa.Column('interpreter_needed', sa.Boolean(), nullable=False),
    sa.Column('vision_needs', sa.Text(), nullable=False),
    sa.Column('hearing_needs', sa.Text(), nullable=False),
    sa.Column('cultural_notes', sa.Text(), nullable=False),
    sa.Column('phone_primary', sa.String(length=32), nullable=False),
    sa.Column('phone_secondary', sa.String(length=32), nullable=False),
    sa.Column('phone_digits', sa.String(length=80), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address_line1', sa.String(length=200), nullable=False),
    sa.Column('address_line2', sa.String(length=200), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('state', sa.String(length=2), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('confidential_address', sa.Text(), nullable=False),
    sa.Column('preferred_contact_times', sa.String(length=200), nullable=False),
    sa.Column('health_plan', sa.String(length=100), nullable=False),
    sa.Column('line_of_business', sa.String(length=10), nullable=False),
    sa.Column('program', sa.String(length=13), nullable=False),
    sa.Column('risk_tier', sa.String(length=6), nullable=False),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('referral_source', sa.String(length=18), nullable=True),
    sa.Column('referral_reason', sa.Text(), nullable=False),
    sa.Column('identified_on', sa.String(length=10), nullable=False),
    sa.Column('outreach_started_on', sa.String(length=10), nullable=True),
    sa.Column('enrolled_on', sa.String(length=10), nullable=True),
    sa.Column('declined_on', sa.String(length=10), nullable=True),
    sa.Column('unable_to_reach_on', sa.String(length=10), nullable=True),
    sa.Column('closed_on', sa.String(length=10), nullable=True),
    sa.Column('closure_reason', sa.String(length=15), nullable=True),
    sa.Column('assigned_nurse', sa.String(length=64), nullable=False),
    sa.Column('no_known_allergies', sa.Boolean(), nullable=False),
    sa.Column('last_contact_at', sa.String(length=32), nullable=True),
    sa.Column('next_due_on', sa.String(length=10), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("sex IN ('female', 'male', 'other', 'unknown')", name=op.f('ck_member_sex')),
    sa.CheckConstraint("line_of_business IN ('ma', 'snp', 'mcl', 'cmc', 'commercial')", name=op.f('ck_member_line_of_business')),
    sa.CheckConstraint("program IN ('basic_cm', 'complex_cm', 'bh_complex_cm', 'transplant', 'high_risk_ob')", name=op.f('ck_member_program')),
    sa.CheckConstraint("risk_tier IN ('high', 'medium', 'low')", name=op.f('ck_member_risk_tier')),
    sa.CheckConstraint("status IN ('identified', 'outreach', 'enrolled', 'declined', 'unable_to_reach', 'closed')", name=op.f('ck_member_status')),
    sa.CheckConstraint("referral_source IN ('provider', 'self', 'discharge_planning', 'utilization_data')", name=op.f('ck_member_referral_source')),
    sa.CheckConstraint("closure_reason IN ('goals_met', 'declined', 'unable_to_reach', 'moved', 'disenrolled', 'deceased', 'other')", name=op.f('ck_member_closure_reason')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member')),
    sa.UniqueConstraint('plan_member_id', name=op.f('uq_member_plan_member_id'))
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index('ix_member_caseload', ['deleted', 'status', 'risk_tier', 'program'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_member_name_dob', ['last_name', 'first_name', 'dob'], unique=False)

    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=True),
    sa.Column('op', sa.String(length=6), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=40), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('sent_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox')),
    sa.UniqueConstraint('change_id', name=op.f('uq_outbox_change_id')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_row_id'), ['row_id'], unique=False)

    op.create_table('sync_state',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    op.create_table('allergy',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('substance', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=11), nullable=False),
    sa.Column('reaction', sa.String(length=200), nullable=False),
    sa.Column('severity', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('noted_on', sa.String(length=10), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_allergy_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("category IN ('medication', 'food', 'environment', 'other')", name=op.f('ck_allergy_category')),
    sa.CheckConstraint("severity IN ('mild', 'moderate', 'severe', 'unknown')", name=op.f('ck_allergy_severity')),
    sa.CheckConstraint("status IN ('active', 'inactive', 'refuted')", name=op.f('ck_allergy_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allergy'))
    )
    with op.batch_alter_table('allergy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_allergy_member_id'), ['member_id'], unique=False)

    op.create_table('care_plan',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=6), nullable=False),
    sa.Column('started_on', sa.String(length=10), nullable=False),
    sa.Column('review_due_on', sa.String(length=10), nullable=True),
    sa.Column('last_reviewed_on', sa.String(length=10), nullable=True),
    sa.Column('self_management_plan', sa.Text(), nullable=False),
    sa.Column('follow_up_schedule', sa.Text(), nullable=False),
    sa.Column('caregiver_involvement', sa.Text(), nullable=False),
    sa.Column('communicated_to_pcp_on', sa.String(length=10), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_care_plan_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("status IN ('draft', 'active', 'closed')", name=op.f('ck_care_plan_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_plan'))
    )
    with op.batch_alter_table('care_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_care_plan_member_id'), ['member_id'], unique=False)

    op.create_table('care_team_member',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organization', sa.String(length=200), nullable=False),
    sa.Column('specialty', sa.String(length=100), nullable=False),
    sa.Column('npi', sa.String(length=10), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('fax', sa.String(length=32), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('is_medical_home', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_care_team_member_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("role IN ('pcp', 'specialist', 'bh_clinician', 'pharmacist', 'social_worker', 'community_resource', 'other')", name=op.f('ck_care_team_member_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_team_member'))
    )
    with op.batch_alter_table('care_team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_care_team_member_member_id'), ['member_id'], unique=False)

    op.create_table('closure_request',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.String(length=15), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('requested_on', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('decided_at', sa.String(length=32), nullable=True),
    sa.Column('decided_by', sa.String(length=64), nullable=False),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_closure_request_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("reason IN ('goals_met', 'declined', 'unable_to_reach', 'moved', 'disenrolled', 'deceased', 'other')", name=op.f('ck_closure_request_reason')),
    sa.CheckConstraint("status IN ('pending', 'approved', 'denied')", name=op.f('ck_closure_request_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closure_request'))
    )
    with op.batch_alter_table('closure_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_closure_request_member_id'), ['member_id'], unique=False)

    op.create_table('condition',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('icd10_code', sa.String(length=8), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('onset_on', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=9), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_condition_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("status IN ('active', 'remission', 'resolved', 'inactive')", name=op.f('ck_condition_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_condition'))
    )
    with op.batch_alter_table('condition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_condition_member_id'), ['member_id'], unique=False)

    op.create_table('consent',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=21), nullable=False),
    sa.Column('decision', sa.String(length=8), nullable=False),
    sa.Column('decided_on', sa.String(length=10), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('expires_on', sa.String(length=10), nullable=True),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_consent_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("kind IN ('program_participation', 'hipaa_authorization', 'information_sharing', 'telehealth')", name=op.f('ck_consent_kind')),
    sa.CheckConstraint("decision IN ('given', 'declined', 'revoked')", name=op.f('ck_consent_decision')),
    sa.CheckConstraint("method IN ('verbal', 'written', 'electronic')", name=op.f('ck_consent_method')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_member_id'), ['member_id'], unique=False)

    op.create_table('contact',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=24), nullable=False),
    sa.Column('relationship', sa.String(length=60), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('preferred_language', sa.String(length=16), nullable=False),
    sa.Column('is_primary_caregiver', sa.Boolean(), nullable=False),
    sa.Column('hipaa_authorized', sa.Boolean(), nullable=False),
    sa.Column('hipaa_authorized_on', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_contact_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("role IN ('caregiver', 'family', 'surrogate_decision_maker', 'emergency_contact', 'other')", name=op.f('ck_contact_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_member_id'), ['member_id'], unique=False)

    op.create_table('encounter',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=22), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('channel', sa.String(length=5), nullable=True),
    sa.Column('started_at', sa.String(length=32), nullable=False),
    sa.Column('ended_at', sa.String(length=32), nullable=True),
    sa.Column('utc_offset_minutes', sa.Integer(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('outcome', sa.String(length=12), nullable=True),
    sa.Column('participants', sa.JSON(), nullable=False),
    sa.Column('interpreter_language', sa.String(length=16), nullable=False),
    sa.Column('template', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('vitals', sa.JSON(), nullable=False),
    sa.Column('linked_items', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('signed_at', sa.String(length=32), nullable=True),
    sa.Column('signed_by', sa.String(length=64), nullable=False),
    sa.Column('error_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_encounter_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("kind IN ('home_visit', 'telephonic', 'video', 'contact_attempt', 'case_conference', 'provider_communication')", name=op.f('ck_encounter_kind')),
    sa.CheckConstraint("direction IN ('outbound', 'inbound')", name=op.f('ck_encounter_direction')),
    sa.CheckConstraint("channel IN ('phone', 'text', 'mail', 'visit', 'video')", name=op.f('ck_encounter_channel')),
    sa.CheckConstraint("outcome IN ('reached', 'no_answer', 'voicemail', 'wrong_number', 'declined')", name=op.f('ck_encounter_outcome')),
    sa.CheckConstraint("status IN ('draft', 'signed', 'amended', 'entered_in_error')", name=op.f('ck_encounter_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_encounter'))
    )
    with op.batch_alter_table('encounter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_encounter_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_encounter_member_started', ['member_id', 'started_at'], unique=False)

    op.create_table('medication',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('dose', sa.String(length=100), nullable=False),
    sa.Column('route', sa.String(length=13), nullable=False),
    sa.Column('frequency', sa.String(length=100), nullable=False),
    sa.Column('indication', sa.String(length=200), nullable=False),
    sa.Column('prescriber', sa.String(length=200), nullable=False),
    sa.Column('started_on', sa.String(length=10), nullable=True),
    sa.Column('stopped_on', sa.String(length=10), nullable=True),
    sa.Column('stop_reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=7), nullable=False),
    sa.Column('adherence', sa.String(length=18), nullable=False),
    sa.Column('last_reconciled_at', sa.String(length=32), nullable=True),
    sa.Column('last_reconciled_by', sa.String(length=64), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_medication_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("route IN ('oral', 'sublingual', 'inhaled', 'subcutaneous', 'intramuscular', 'intravenous', 'topical', 'transdermal', 'ophthalmic', 'otic', 'nasal', 'rectal', 'other')", name=op.f('ck_medication_route')),
    sa.CheckConstraint("status IN ('active', 'on_hold', 'stopped')", name=op.f('ck_medication_status')),
    sa.CheckConstraint("adherence IN ('adherent', 'partially_adherent', 'non_adherent', 'unknown')", name=op.f('ck_medication_adherence')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_medication'))
    )
    with op.batch_alter_table('medication', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_medication_member_id'), ['member_id'], unique=False)

    op.create_table('member_status_change',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('from_status', sa.String(length=15), nullable=True),
    sa.Column('to_status', sa.String(length=15), nullable=False),
    sa.Column('changed_on', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('closure_reason', sa.String(length=15), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_status_change_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("from_status IN ('identified', 'outreach', 'enrolled', 'declined', 'unable_to_reach', 'closed')", name=op.f('ck_member_status_change_from_status')),
    sa.CheckConstraint("to_status IN ('identified', 'outreach', 'enrolled', 'declined', 'unable_to_reach', 'closed')", name=op.f('ck_member_status_change_to_status')),
    sa.CheckConstraint("closure_reason IN ('goals_met', 'declined', 'unable_to_reach', 'moved', 'disenrolled', 'deceased', 'other')", name=op.f('ck_member_status_change_closure_reason')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_status_change'))
    )
    with op.batch_alter_table('member_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_status_change_member_id'), ['member_id'], unique=False)

    op.create_table('safety_alert',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('source_id', sa.String(length=36), nullable=True),
    sa.Column('raised_at', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('acknowledged_at', sa.String(length=32), nullable=True),
    sa.Column('acknowledged_by', sa.String(length=64), nullable=False),
    sa.Column('action_taken', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_safety_alert_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("status IN ('open', 'acknowledged')", name=op.f('ck_safety_alert_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_alert'))
    )
    with op.batch_alter_table('safety_alert', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_alert_member_id'), ['member_id'], unique=False)

    op.create_table('task',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=18), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=9), nullable=False),
    sa.Column('origin', sa.String(length=6), nullable=False),
    sa.Column('rule_key', sa.String(length=120), nullable=False),
    sa.Column('assigned_to', sa.String(length=64), nullable=False),
    sa.Column('completed_at', sa.String(length=32), nullable=True),
    sa.Column('snoozed_until', sa.String(length=10), nullable=True),
    sa.Column('snooze_reason', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_task_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("kind IN ('initial_assessment', 'care_plan', 'follow_up_contact', 'reassessment', 'care_plan_review', 'referral_follow_up', 'outreach', 'visit', 'manual')", name=op.f('ck_task_kind')),
    sa.CheckConstraint("status IN ('open', 'done', 'snoozed', 'cancelled')", name=op.f('ck_task_status')),
    sa.CheckConstraint("origin IN ('rule', 'manual')", name=op.f('ck_task_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task'))
    )
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_task_status_due', ['status', 'due_on'], unique=False)

    op.create_table('utilization_event',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=11), nullable=False),
    sa.Column('facility', sa.String(length=200), nullable=False),
    sa.Column('admitted_on', sa.String(length=10), nullable=False),
    sa.Column('discharged_on', sa.String(length=10), nullable=True),
    sa.Column('diagnosis_code', sa.String(length=8), nullable=False),
    sa.Column('diagnosis_text', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_utilization_event_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("kind IN ('ed_visit', 'admission', 'readmission', 'observation', 'snf_stay')", name=op.f('ck_utilization_event_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_utilization_event'))
    )
    with op.batch_alter_table('utilization_event', schema=None) as batch_op:
        batch_op.create_index('ix_utilization_event_member_date', ['member_id', 'admitted_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_utilization_event_member_id'), ['member_id'], unique=False)

    op.create_table('addendum',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('encounter_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('service_date', sa.String(length=10), nullable=True),
    sa.Column('signed_at', sa.String(length=32), nullable=True),
    sa.Column('signed_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounter.id'], name=op.f('fk_addendum_encounter_id_encounter')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_addendum_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("kind IN ('addendum', 'late_entry', 'correction')", name=op.f('ck_addendum_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_addendum'))
    )
    with op.batch_alter_table('addendum', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_addendum_encounter_id'), ['encounter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_addendum_member_id'), ['member_id'], unique=False)

    op.create_table('assessment_response',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('instrument_id', sa.String(length=40), nullable=False),
    sa.Column('instrument_version', sa.String(length=20), nullable=False),
    sa.Column('encounter_id', sa.String(length=36), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=True),
    sa.Column('band', sa.String(length=40), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('subscores', sa.JSON(), nullable=False),
    sa.Column('conclusions', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=11), nullable=False),
    sa.Column('started_at', sa.String(length=32), nullable=False),
    sa.Column('completed_at', sa.String(length=32), nullable=True),
    sa.Column('completed_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounter.id'], name=op.f('fk_assessment_response_encounter_id_encounter')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_assessment_response_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("status IN ('in_progress', 'completed')", name=op.f('ck_assessment_response_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_response'))
    )
    with op.batch_alter_table('assessment_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_response_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_assessment_response_member_instrument', ['member_id', 'instrument_id'], unique=False)

    op.create_table('plan_agreement',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('care_plan_id', sa.String(length=36), nullable=False),
    sa.Column('agreed_on', sa.String(length=10), nullable=False),
    sa.Column('method', sa.String(length=11), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.Column('signature_png', sa.LargeBinary(), nullable=True),
    sa.Column('caregiver_participated', sa.Boolean(), nullable=False),
    sa.Column('caregiver_name', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['care_plan_id'], ['care_plan.id'], name=op.f('fk_plan_agreement_care_plan_id_care_plan')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_plan_agreement_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("method IN ('verbal', 'written', 'e_signature')", name=op.f('ck_plan_agreement_method')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_agreement'))
    )
    with op.batch_alter_table('plan_agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_agreement_care_plan_id'), ['care_plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_agreement_member_id'), ['member_id'], unique=False)

    op.create_table('problem',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('care_plan_id', sa.String(length=36), nullable=False),
    sa.Column('domain', sa.String(length=19), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('source', sa.String(length=60), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['care_plan_id'], ['care_plan.id'], name=op.f('fk_problem_care_plan_id_care_plan')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_problem_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("domain IN ('health_status', 'clinical_history', 'functional', 'behavioral', 'social', 'life_planning', 'cultural_linguistic', 'vision_hearing', 'caregiver', 'benefits', 'community')", name=op.f('ck_problem_domain')),
    sa.CheckConstraint("status IN ('active', 'resolved', 'inactive')", name=op.f('ck_problem_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem'))
    )
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_care_plan_id'), ['care_plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_member_id'), ['member_id'], unique=False)

    op.create_table('goal',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('problem_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('member_words', sa.Text(), nullable=False),
    sa.Column('term', sa.String(length=5), nullable=False),
    sa.Column('target_on', sa.String(length=10), nullable=True),
    sa.Column('measure', sa.String(length=200), nullable=False),
    sa.Column('baseline', sa.String(length=100), nullable=False),
    sa.Column('target_value', sa.String(length=100), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('member_priority', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=13), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_goal_member_id_member'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], name=op.f('fk_goal_problem_id_problem')),
    sa.CheckConstraint("term IN ('short', 'long')", name=op.f('ck_goal_term')),
    sa.CheckConstraint("status IN ('not_started', 'in_progress', 'met', 'partially_met', 'not_met', 'discontinued')", name=op.f('ck_goal_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal'))
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_goal_problem_id'), ['problem_id'], unique=False)

    op.create_table('barrier',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('goal_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=15), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('plan_to_address', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=9), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_barrier_goal_id_goal')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_barrier_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("kind IN ('transportation', 'cost', 'health_literacy', 'language', 'cognition', 'motivation', 'housing', 'other')", name=op.f('ck_barrier_kind')),
    sa.CheckConstraint("status IN ('open', 'addressed', 'resolved')", name=op.f('ck_barrier_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_barrier'))
    )
    with op.batch_alter_table('barrier', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_barrier_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_barrier_member_id'), ['member_id'], unique=False)

    op.create_table('intervention',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('goal_id', sa.String(length=36), nullable=False),
    sa.Column('type', sa.String(length=12), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('responsible', sa.String(length=13), nullable=False),
    sa.Column('frequency', sa.String(length=100), nullable=False),
    sa.Column('due_on', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('completed_on', sa.String(length=10), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_intervention_goal_id_goal')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_intervention_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("type IN ('education', 'coordination', 'referral', 'monitoring', 'counseling', 'other')", name=op.f('ck_intervention_type')),
    sa.CheckConstraint("responsible IN ('nurse', 'member', 'caregiver', 'pcp', 'specialist', 'pharmacist', 'social_worker', 'community')", name=op.f('ck_intervention_responsible')),
    sa.CheckConstraint("status IN ('planned', 'in_progress', 'completed', 'discontinued')", name=op.f('ck_intervention_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intervention'))
    )
    with op.batch_alter_table('intervention', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intervention_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_intervention_member_id'), ['member_id'], unique=False)

    op.create_table('progress_review',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('goal_id', sa.String(length=36), nullable=False),
    sa.Column('reviewed_on', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status_before', sa.String(length=13), nullable=True),
    sa.Column('status_after', sa.String(length=13), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_progress_review_goal_id_goal')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_progress_review_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("status_before IN ('not_started', 'in_progress', 'met', 'partially_met', 'not_met', 'discontinued')", name=op.f('ck_progress_review_status_before')),
    sa.CheckConstraint("status_after IN ('not_started', 'in_progress', 'met', 'partially_met', 'not_met', 'discontinued')", name=op.f('ck_progress_review_status_after')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_review'))
    )
    with op.batch_alter_table('progress_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_review_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_progress_review_member_id'), ['member_id'], unique=False)

    op.create_table('referral',
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('care_plan_id', sa.String(length=36), nullable=True),
    sa.Column('goal_id', sa.String(length=36), nullable=True),
    sa.Column('resource_name', sa.String(length=200), nullable=False),
    sa.Column('resource_type', sa.String(length=60), nullable=False),
    sa.Column('resource_contact', sa.Text(), nullable=False),
    sa.Column('referred_on', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=9), nullable=False),
    sa.Column('follow_up_on', sa.String(length=10), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['care_plan_id'], ['care_plan.id'], name=op.f('fk_referral_care_plan_id_care_plan')),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_referral_goal_id_goal')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_referral_member_id_member'), ondelete='CASCADE'),
    sa.CheckConstraint("status IN ('proposed', 'sent', 'accepted', 'completed', 'declined', 'no_show')", name=op.f('ck_referral_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral'))
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_member_id'), ['member_id'], unique=False)

    for statement in _EXTRA_DDL:
        op.execute(statement)


# Full-text indexes, their triggers and the audit guard, frozen as released.
_EXTRA_DDL = (
    "CREATE VIRTUAL TABLE member_fts USING fts5(first_name, last_name, preferred_name, plan_member_id, phone_digits, content='member', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    'CREATE TRIGGER member_fts_ai AFTER INSERT ON member BEGIN INSERT INTO member_fts(rowid, first_name, last_name, preferred_name, plan_member_id, phone_digits) VALUES (new.rowid, new.first_name, new.last_name, new.preferred_name, new.plan_member_id, new.phone_digits); END',
    "CREATE TRIGGER member_fts_ad AFTER DELETE ON member BEGIN INSERT INTO member_fts(member_fts, rowid, first_name, last_name, preferred_name, plan_member_id, phone_digits) VALUES ('delete', old.rowid, old.first_name, old.last_name, old.preferred_name, old.plan_member_id, old.phone_digits); END",
    "CREATE TRIGGER member_fts_au AFTER UPDATE ON member BEGIN INSERT INTO member_fts(member_fts, rowid, first_name, last_name, preferred_name, plan_member_id, phone_digits) VALUES ('delete', old.rowid, old.first_name, old.last_name, old.preferred_name, old.plan_member_id, old.phone_digits); INSERT INTO member_fts(rowid, first_name, last_name, preferred_name, plan_member_id, phone_digits) VALUES (new.rowid, new.first_name, new.last_name, new.preferred_name, new.plan_member_id, new.phone_digits); END",
    "CREATE VIRTUAL TABLE note_fts USING fts5(note, content='encounter', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    'CREATE TRIGGER note_fts_ai AFTER INSERT ON encounter BEGIN INSERT INTO note_fts(rowid, note) VALUES (new.rowid, new.note); END',
    "CREATE TRIGGER note_fts_ad AFTER DELETE ON encounter BEGIN INSERT INTO note_fts(note_fts, rowid, note) VALUES ('delete', old.rowid, old.note); END",
    "CREATE TRIGGER note_fts_au AFTER UPDATE OF note ON encounter BEGIN INSERT INTO note_fts(note_fts, rowid, note) VALUES ('delete', old.rowid, old.note); INSERT INTO note_fts(rowid, note) VALUES (new.rowid, new.note); END",
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
)


def downgrade() -> None:
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_member_id'))

    op.drop_table('referral')
    with op.batch_alter_table('progress_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_review_member_id'))
        batch_op.drop_index(batch_op.f('ix_progress_review_goal_id'))

    op.drop_table('progress_review')
    with op.batch_alter_table('intervention', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intervention_member_id'))
        batch_op.drop_index(batch_op.f('ix_intervention_goal_id'))

    op.drop_table('intervention')
    with op.batch_alter_table('barrier', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_barrier_member_id'))
        batch_op.drop_index(batch_op.f('ix_barrier_goal_id'))

    op.drop_table('barrier')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_problem_id'))
        batch_op.drop_index(batch_op.f('ix_goal_member_id'))

    op.drop_table('goal')
    with op.batch_alter_table('problem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problem_member_id'))
        batch_op.drop_index(batch_op.f('ix_problem_care_plan_id'))

    op.drop_table('problem')
    with op.batch_alter_table('plan_agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_agreement_member_id'))
        batch_op.drop_index(batch_op.f('ix_plan_agreement_care_plan_id'))

    op.drop_table('plan_agreement')
    with op.batch_alter_table('assessment_response', schema=None) as batch_op:
        batch_op.drop_index('ix_assessment_response_member_instrument')
        batch_op.drop_index(batch_op.f('ix_assessment_response_member_id'))

    op.drop_table('assessment_response')
    with op.batch_alter_table('addendum', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_addendum_member_id'))
        batch_op.drop_index(batch_op.f('ix_addendum_encounter_id'))

    op.drop_table('addendum')
    with op.batch_alter_table('utilization_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_utilization_event_member_id'))
        batch_op.drop_index('ix_utilization_event_member_date')

    op.drop_table('utilization_event')
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index('ix_task_status_due')
        batch_op.drop_index(batch_op.f('ix_task_member_id'))

    op.drop_table('task')
    with op.batch_alter_table('safety_alert', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_alert_member_id'))

    op.drop_table('safety_alert')
    with op.batch_alter_table('member_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_status_change_member_id'))

    op.drop_table('member_status_change')
    with op.batch_alter_table('medication', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_medication_member_id'))

    op.drop_table('medication')
    with op.batch_alter_table('encounter', schema=None) as batch_op:
        batch_op.drop_index('ix_encounter_member_started')
        batch_op.drop_index(batch_op.f('ix_encounter_member_id'))

    op.drop_table('encounter')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_member_id'))

    op.drop_table('contact')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_member_id'))

    op.drop_table('consent')
    with op.batch_alter_table('condition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_condition_member_id'))

    op.drop_table('condition')
    with op.batch_alter_table('closure_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_closure_request_member_id'))

    op.drop_table('closure_request')
    with op.batch_alter_table('care_team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_care_team_member_member_id'))

    op.drop_table('care_team_member')
    with op.batch_alter_table('care_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_care_plan_member_id'))

    op.drop_table('care_plan')
    with op.batch_alter_table('allergy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_allergy_member_id'))

    op.drop_table('allergy')
    op.drop_table('sync_state')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_row_id'))

    op.drop_table('outbox')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index('ix_member_name_dob')
        batch_op.drop_index(batch_op.f('ix_member_member_id'))
        batch_op.drop_index('ix_member_caseload')

    op.drop_table('member')
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_draft_member_id'))

    op.drop_table('draft')
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_member_id'))

    op.drop_table('conflict')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_member_id'))

    op.drop_table('audit_event')
