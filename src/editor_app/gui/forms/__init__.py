"""The forms beside the outline: one per kind of part, with their field bindings."""
