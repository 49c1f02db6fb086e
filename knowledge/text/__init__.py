"""Reading the small pieces of language that documents and questions share: amounts, dates, names.

Both ``knowledge.extract`` (documents) and ``knowledge.answer`` (questions) parse these, so they live below both.
"""
