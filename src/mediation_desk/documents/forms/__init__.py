"""One module per Ministry of Justice form: its data (plain values, empty = blank paper) and
the function that lays it out."""
