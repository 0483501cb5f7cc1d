"""figures.year_source: where a figure's year came from (clause … published)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-08

Existing rows keep NULL until their article is re-extracted (EXTRACTOR_VERSION was bumped with
this column, so the next `sutja extract` of the same inputs fills it).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("figures") as batch:
        batch.add_column(sa.Column("year_source", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("figures") as batch:
        batch.drop_column("year_source")
