"""Extraction rules as data: title lists, name rules, country cues, pledge cues (JSON files here)."""
