"""Measurements of the index and the assistant: printed, never asserted."""
