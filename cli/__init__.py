"""``vgpt``: the command line, at the end of the data flow (it may import every package)."""
