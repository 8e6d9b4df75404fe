"""sign-ups, paper tallies, merges and unavailability

Revision ID: 0002
Revises: 0001

"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "unavailable",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_unavailable_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["time_slot.id"],
            name=op.f("fk_unavailable_slot_id_time_slot"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", "slot_id", name=op.f("pk_unavailable")),
    )
    op.create_table(
        "topic_signup",
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_topic_signup_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
            name=op.f("fk_topic_signup_topic_id_topic"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("topic_id", "participant_id", name=op.f("pk_topic_signup")),
    )
    with op.batch_alter_table("topic", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tally", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("merged_from", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:

    with op.batch_alter_table("topic", schema=None) as batch_op:
        batch_op.drop_column("merged_from")
        batch_op.drop_column("tally")

    op.drop_table("topic_signup")
    op.drop_table("unavailable")
