"""The words a document's file name gives it: a user names files for what they hold, and a question may name a
document by them ('per the maeil piece')."""

from __future__ import annotations

import re
from pathlib import Path


def words_in_file_name(path: str) -> list[str]:
    """The words a file's name gives its document ('19_maeil_korean-bakeries-us-expansion-2025.txt': 'maeil',
    'korean', 'bakeries', …): a question may name the document by them ('per the maeil piece'); numbers and hashes
    are no words.

    >>> words_in_file_name("docs/19_maeil_korean-bakeries-2025.txt"), words_in_file_name("003_0b70c6b586c52e41.txt")
    (['maeil', 'korean', 'bakeries'], [])
    """
    return [w for w in re.split(r"[_\-. ]+", Path(path).stem.lower()) if len(w) > 2 and w.isalpha()]
