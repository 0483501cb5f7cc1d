"""The journalists' desk: `sutja serve` builds a read-only SQLite copy of the store shaped for
reading (figures with their article, sentences with a Korean search index, sections for the
article view) and serves it with Datasette and the plugin in this package (Korean metadata,
values the Korean way, the article view and the trend chart). Templates and static files live
beside the code, so the desk needs nothing from the internet."""
