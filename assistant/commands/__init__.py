"""One module per `veileder` subcommand; each has `register(subparsers)`."""
