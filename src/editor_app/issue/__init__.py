"""The issue: model, file format, places, numbers, metrics, validation (Qt-free)."""
