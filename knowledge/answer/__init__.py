"""A question → an answer: normal forms, the search index, query parsing, ranking and phrasing.

Never imports ``knowledge.extract``; reads the fact table through ``knowledge.models`` only.
"""
