"""Any number of workers: outbox rows are claimed before posting, and one process at a time holds the scanner lease.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("digest_outbox", sa.Column("claimed_by", sa.String(128), nullable=True))
    op.add_column("digest_outbox", sa.Column("claimed_until", sa.Float, nullable=True))
    op.create_index("digest_outbox_status", "digest_outbox", ["status", "id"])
    op.create_table(
        "leases",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("holder", sa.String(128), nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("leases")
    op.drop_index("digest_outbox_status", "digest_outbox")
    with op.batch_alter_table("digest_outbox") as batch:
        batch.drop_column("claimed_until")
        batch.drop_column("claimed_by")
