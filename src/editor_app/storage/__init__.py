"""Reading and writing files safely: YAML and atomic saves (Qt-free)."""
