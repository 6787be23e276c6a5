"""The archive (期刊库): a plain folder of issue files, read as one series.

Listing (``listing``), the next issue from the last (``next_issue``), checks across issues
(``checks``) and full-text search (``search``). No server, no state but the search index's
cache file, which is rebuilt from the folder whenever it is stale or broken.
"""
