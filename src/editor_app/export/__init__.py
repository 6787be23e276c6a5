"""Output for reviewers: the Word file and its LibreOffice PDF (Qt-free)."""
