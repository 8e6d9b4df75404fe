"""café tables, rounds, seating and harvest; photos of a harvest cell

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def upgrade() -> None:
    op.create_table(
        "cafe_table",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("seats", sa.Integer(), nullable=False, server_default="5"),
        sa.Column("host_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        _fk("cafe_table", "host_id", "participant", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cafe_table")),
        sa.UniqueConstraint("number", name=op.f("uq_cafe_table_number")),
    )
    op.create_table(
        "cafe_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False, server_default="25"),
        sa.Column("question", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cafe_round")),
    )
    op.create_table(
        "cafe_caller",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False, server_default=""),
        sa.Column("table_id", sa.Integer(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=False, server_default=""),
        sa.Column("help_needed", sa.Text(), nullable=False, server_default=""),
        _fk("cafe_caller", "participant_id", "participant", "CASCADE"),
        _fk("cafe_caller", "table_id", "cafe_table", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cafe_caller")),
        sa.UniqueConstraint("participant_id", name=op.f("uq_cafe_caller_participant_id")),
        sa.UniqueConstraint("table_id", name=op.f("uq_cafe_caller_table_id")),
    )
    op.create_table(
        "cafe_seat",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        _fk("cafe_seat", "round_id", "cafe_round", "CASCADE"),
        _fk("cafe_seat", "participant_id", "participant", "CASCADE"),
        _fk("cafe_seat", "table_id", "cafe_table", "CASCADE"),
        sa.PrimaryKeyConstraint("round_id", "participant_id", name=op.f("pk_cafe_seat")),
    )
    op.create_table(
        "cafe_absence",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        _fk("cafe_absence", "round_id", "cafe_round", "CASCADE"),
        _fk("cafe_absence", "participant_id", "participant", "CASCADE"),
        sa.PrimaryKeyConstraint("round_id", "participant_id", name=op.f("pk_cafe_absence")),
    )
    op.create_table(
        "cafe_pair",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("a_id", sa.Integer(), nullable=False),
        sa.Column("b_id", sa.Integer(), nullable=False),
        sa.Column("together", sa.Boolean(), nullable=False, server_default="0"),
        _fk("cafe_pair", "a_id", "participant", "CASCADE"),
        _fk("cafe_pair", "b_id", "participant", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cafe_pair")),
    )
    op.create_table(
        "cafe_harvest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("insights", sa.Text(), nullable=False, server_default=""),
        sa.Column("questions", sa.Text(), nullable=False, server_default=""),
        _fk("cafe_harvest", "table_id", "cafe_table", "CASCADE"),
        _fk("cafe_harvest", "round_id", "cafe_round", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cafe_harvest")),
        sa.UniqueConstraint("table_id", "round_id", name="uq_cafe_harvest_cell"),
    )
    # A photo hangs on a topic or on a harvest cell (round, table). The owner columns go
    # before the picture blobs: reading them then never walks a blob's overflow pages.
    # SQLite adds a foreign key only by copying the table, so "always" costs nothing.
    with op.batch_alter_table("photo", recreate="always") as batch_op:
        batch_op.add_column(
            sa.Column("cafe_round_id", sa.Integer(), nullable=True), insert_after="topic_id"
        )
        batch_op.add_column(
            sa.Column("cafe_table_id", sa.Integer(), nullable=True),
            insert_after="cafe_round_id",
        )
        for column, target in (("cafe_round_id", "cafe_round"), ("cafe_table_id", "cafe_table")):
            batch_op.create_foreign_key(
                batch_op.f(f"fk_photo_{column}_{target}"),
                target,
                [column],
                ["id"],
                ondelete="CASCADE",
            )
            batch_op.create_index(batch_op.f(f"ix_photo_{column}"), [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("photo") as batch_op:
        for column, target in (("cafe_table_id", "cafe_table"), ("cafe_round_id", "cafe_round")):
            batch_op.drop_index(batch_op.f(f"ix_photo_{column}"))
            batch_op.drop_constraint(batch_op.f(f"fk_photo_{column}_{target}"), type_="foreignkey")
            batch_op.drop_column(column)
    for table in (
        "cafe_harvest",
        "cafe_pair",
        "cafe_absence",
        "cafe_seat",
        "cafe_caller",
        "cafe_round",
        "cafe_table",
    ):
        op.drop_table(table)
