"""The parts of the Conflicts screen: who wrote what, picking or merging values, deleted-vs-edited."""
