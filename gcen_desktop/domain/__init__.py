"""Record types, fields, validation, ids and clocks: plain Python, no storage, no Qt."""
