"""One document → facts: reading, sentences, officials, actors, pledges, Markdown tables.

Never imports ``knowledge.answer``; shares only ``knowledge.models``, ``knowledge.text`` and ``knowledge.rules``.
"""
