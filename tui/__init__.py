"""The Textual front end; nothing outside this package imports textual."""
