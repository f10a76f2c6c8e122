"""quotecmp: find quotations in news articles, say who said them, and compare renderings across outlets."""
from __future__ import annotations

__version__ = "0.1.0"
