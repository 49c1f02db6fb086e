"""usrok's knowledge: documents → facts → answers. Usable as a library; imports nothing from Slack.

>>> from knowledge import KnowledgeBase, load_table
"""

from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.result import Answer, AnswerItem, SourceRef
from knowledge.build import assemble, build_table, extract_files, load_table, write_table
from knowledge.extract.document_facts import extract_document
from knowledge.extract.documents import Document, UnreadableDocument, read_document
from knowledge.models import DateFact, DocumentFacts, DocumentInfo, FactTable, Official, Pledge, Source, Statistic

__all__ = [
    "Answer",
    "AnswerItem",
    "DateFact",
    "Document",
    "DocumentFacts",
    "DocumentInfo",
    "FactTable",
    "KnowledgeBase",
    "Official",
    "Pledge",
    "Source",
    "SourceRef",
    "Statistic",
    "UnreadableDocument",
    "assemble",
    "build_table",
    "extract_document",
    "extract_files",
    "load_table",
    "read_document",
    "write_table",
]
