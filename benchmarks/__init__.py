"""Benchmarks: each figure is measured as a ratio against a baseline in the same run."""
