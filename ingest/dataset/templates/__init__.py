"""Question → T-SQL templates grounded in the catalog (see ``questions``)."""
