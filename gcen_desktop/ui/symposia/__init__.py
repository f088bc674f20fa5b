"""The parts of the Symposia screen: agenda, prep checklist, participants, briefing pack."""
