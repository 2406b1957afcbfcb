"""Model commands: prepare, train, export, eval."""
