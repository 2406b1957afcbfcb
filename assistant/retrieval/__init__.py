"""Retrieval: from a question to the schema context the model sees."""
