"""The app's screens: conversation, browsing, help and errors."""
