"""The parts of the Action plans screen: header, goals, actions, board, evidence, templates, export."""
