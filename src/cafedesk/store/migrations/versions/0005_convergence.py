"""dot votes, chosen topics and action plans

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def _index(table: str, column: str) -> None:
    with op.batch_alter_table(table) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "topic_vote",
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.Column("tally", sa.Integer(), nullable=True),
        sa.Column("chosen", sa.Boolean(), nullable=False, server_default="0"),
        _fk("topic_vote", "topic_id", "topic", "CASCADE"),
        sa.PrimaryKeyConstraint("topic_id", name=op.f("pk_topic_vote")),
    )
    op.create_table(
        "participant_vote",
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("dots", sa.Integer(), nullable=False, server_default="1"),
        _fk("participant_vote", "topic_id", "topic", "CASCADE"),
        _fk("participant_vote", "participant_id", "participant", "CASCADE"),
        sa.PrimaryKeyConstraint("topic_id", "participant_id", name=op.f("pk_participant_vote")),
    )
    _index("participant_vote", "participant_id")
    op.create_table(
        "action_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=True),
        sa.Column("caller_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.Text(), nullable=False, server_default=""),
        sa.Column("other_owners", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("first_step", sa.Text(), nullable=False, server_default=""),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("help_needed", sa.Text(), nullable=False, server_default=""),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        _fk("action_plan", "topic_id", "topic", "SET NULL"),
        _fk("action_plan", "caller_id", "cafe_caller", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_plan")),
    )
    _index("action_plan", "topic_id")
    _index("action_plan", "caller_id")
    for table, column, target in (
        ("action_owner", "participant_id", "participant"),
        ("action_related", "topic_id", "topic"),
    ):
        op.create_table(
            table,
            sa.Column("plan_id", sa.Integer(), nullable=False),
            sa.Column(column, sa.Integer(), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
            _fk(table, "plan_id", "action_plan", "CASCADE"),
            _fk(table, column, target, "CASCADE"),
            sa.PrimaryKeyConstraint("plan_id", column, name=op.f(f"pk_{table}")),
        )
        _index(table, column)


def downgrade() -> None:
    for table in ("action_related", "action_owner", "action_plan", "participant_vote"):
        op.drop_table(table)
    op.drop_table("topic_vote")
