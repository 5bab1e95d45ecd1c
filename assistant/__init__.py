"""The assistant stage: questions in, cited answers out, for the CLI and the TUI."""
