"""The layout: profile, printed blocks and the 版记's geometry (Qt-free)."""
