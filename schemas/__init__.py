"""Records shared by all stages and the relational models of the store."""
