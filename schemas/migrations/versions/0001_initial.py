"""initial schema: sites, runs, articles, sections, sentences, figures, programs, failures

Revision ID: 0001
Revises:
Create Date: 2026-11-28

Plain SQLAlchemy types on purpose: a migration must keep meaning what it meant when written,
whatever later happens to schemas/models.py. The models' ExactDecimal and AwareDateTime
decorate exactly these column types.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EXACT = sa.Numeric(38, 10)
AWARE = sa.DateTime(timezone=True)


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}"))


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _index(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("command", sa.String(), nullable=False),
        sa.Column("inputs", sa.JSON(), nullable=False),
        sa.Column("extractor_version", sa.String(), nullable=False),
        sa.Column("started_at", AWARE, nullable=False),
        sa.Column("finished_at", AWARE, nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        _pk("runs"),
    )
    op.create_table(
        "sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("host", sa.String(), nullable=True),
        sa.Column("profile_version", sa.String(), nullable=True),
        _pk("sites"),
        sa.UniqueConstraint("name", name=op.f("uq_sites_name")),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("external_id", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("canonical_url", sa.Text(), nullable=True),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("site_profile_version", sa.String(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("subtitle", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("published_at", AWARE, nullable=True),
        sa.Column("org", sa.String(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("extractor_version", sa.String(), nullable=False),
        sa.Column("first_run_id", sa.Integer(), nullable=True),
        sa.Column("last_run_id", sa.Integer(), nullable=True),
        sa.Column("created_at", AWARE, nullable=False),
        sa.Column("updated_at", AWARE, nullable=False),
        _fk("articles", "first_run_id", "runs", "SET NULL"),
        _fk("articles", "last_run_id", "runs", "SET NULL"),
        _fk("articles", "site_id", "sites", "SET NULL"),
        _pk("articles"),
        sa.UniqueConstraint("key", name=op.f("uq_articles_key")),
    )
    _index("articles", "content_hash", "org", "published_at")

    op.create_table(
        "failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("not_article", sa.Boolean(), nullable=False),
        sa.Column("created_at", AWARE, nullable=False),
        _fk("failures", "run_id", "runs", "CASCADE"),
        _pk("failures"),
    )
    _index("failures", "run_id")

    op.create_table(
        "sections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _fk("sections", "article_id", "articles", "CASCADE"),
        _pk("sections"),
    )
    _index("sections", "article_id")

    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        _fk("sentences", "article_id", "articles", "CASCADE"),
        _pk("sentences"),
    )
    _index("sentences", "article_id")

    op.create_table(
        "figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("sentence_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("value", EXACT, nullable=False),
        sa.Column("value_max", EXACT, nullable=True),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("surface", sa.Text(), nullable=False),
        sa.Column("section", sa.String(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("approx", sa.Boolean(), nullable=False),
        sa.Column("qualifier", sa.String(), nullable=True),
        sa.Column("metric", sa.String(), nullable=True),
        sa.Column("subject", sa.String(), nullable=True),
        sa.Column("is_target", sa.Boolean(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        _fk("figures", "article_id", "articles", "CASCADE"),
        _fk("figures", "sentence_id", "sentences", "CASCADE"),
        _pk("figures"),
    )
    _index("figures", "article_id", "kind", "metric", "sentence_id", "subject")

    op.create_table(
        "programs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("sentence_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("section", sa.String(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _fk("programs", "article_id", "articles", "CASCADE"),
        _fk("programs", "sentence_id", "sentences", "CASCADE"),
        _pk("programs"),
    )
    _index("programs", "article_id", "sentence_id")


def downgrade() -> None:
    # Indexes go with their tables.
    for table in ("programs", "figures", "sentences", "sections", "failures", "articles"):
        op.drop_table(table)
    for table in ("sites", "runs"):
        op.drop_table(table)
