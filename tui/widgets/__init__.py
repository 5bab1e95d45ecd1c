"""The app's widgets: question input, transcript, answer cards, hits, section detail."""
