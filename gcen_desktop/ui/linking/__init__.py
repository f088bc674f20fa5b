"""Lists of linked records (evidence, participants, members, adapted-from) with a record picker."""
