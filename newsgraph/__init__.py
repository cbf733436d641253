"""NewsGraph: news reports of diplomatic events as a linked-data knowledge graph."""
