"""The network library in the app: other cities' publications, listed, read and adapted."""
