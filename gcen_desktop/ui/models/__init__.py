"""Item models for record lists (custom Qt models; sorting and filtering happen in SQL)."""
