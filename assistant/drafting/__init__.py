"""Drafting: prompts, the model call, SQL extraction, self-correction and model review."""
