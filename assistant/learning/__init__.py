"""Fitting the ranker and the coverage model from the labelled questions (needs scikit-learn, a dev dependency)."""
