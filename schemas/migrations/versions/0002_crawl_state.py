"""crawl state: crawl_urls (every URL seen by `sutja scrape`) and crawl_sites (last crawl per site)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Plain SQLAlchemy types, as in 0001: a migration keeps meaning what it meant when written.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AWARE = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "crawl_urls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("canonical_url", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("site", sa.String(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("next_url", sa.Text(), nullable=True),
        sa.Column("list_date", sa.Date(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("warc_file", sa.Text(), nullable=True),
        sa.Column("warc_record_id", sa.String(), nullable=True),
        sa.Column("discovered_at", AWARE, nullable=False),
        sa.Column("fetched_at", AWARE, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crawl_urls")),
        sa.UniqueConstraint("canonical_url", name=op.f("uq_crawl_urls_canonical_url")),
    )
    for column in ("site", "status"):
        op.create_index(op.f(f"ix_crawl_urls_{column}"), "crawl_urls", [column], unique=False)

    op.create_table(
        "crawl_sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(), nullable=False),
        sa.Column("started_at", AWARE, nullable=False),
        sa.Column("finished_at", AWARE, nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("walked_to_end", sa.Boolean(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crawl_sites")),
        sa.UniqueConstraint("site", name=op.f("uq_crawl_sites_site")),
    )


def downgrade() -> None:
    op.drop_table("crawl_sites")
    op.drop_table("crawl_urls")
