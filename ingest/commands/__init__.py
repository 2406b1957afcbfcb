"""Commands that may build or rebuild artifacts (catalog, index, dataset, shadow) live here."""
