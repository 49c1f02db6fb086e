"""The extraction and answering vocabulary, as data (the JSON files here), and its loader ``rulebook``."""
