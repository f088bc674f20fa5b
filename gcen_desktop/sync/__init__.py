"""Sync by bundle files: the file format (manifest, writer, reader, crypto, keys) and exchange."""
