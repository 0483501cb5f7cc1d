"""`sutja serve`: build the desk database from the store, then serve it with Datasette and the
desk plugin on one host and port (uvicorn, as `datasette serve` does)."""

from __future__ import annotations

from pathlib import Path

from datasette.app import Datasette

from pipeline.serve import plugin
from pipeline.serve.metadata import metadata

HERE = Path(__file__).resolve().parent
PLUGIN_NAME = "sutja-desk"


def make_datasette(desk_db: Path) -> Datasette:
    """A Datasette over the desk database (read-only, immutable) with the desk plugin."""
    from datasette.plugins import pm

    if pm.get_plugin(PLUGIN_NAME) is None:
        pm.register(plugin, name=PLUGIN_NAME)
    return Datasette(
        immutables=[str(desk_db)],
        metadata=metadata(),
        template_dir=str(HERE / "templates"),
        static_mounts=[(plugin.STATIC.lstrip("/"), str(HERE / "static"))],
        settings={"default_page_size": 50, "facet_time_limit_ms": 500, "sql_time_limit_ms": 3000},
    )


def serve(desk_db: Path, host: str, port: int) -> None:
    import asyncio

    import uvicorn

    ds = make_datasette(desk_db)
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
