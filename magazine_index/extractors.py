"""The libraries that can read page text (`index --extractor`).

PDFium is the default: it reads real magazines many times faster than pypdf, with text as good
for search and the detectors (measured per file by bench/extractors.py). Kept apart from
extract.py, so the command line can offer the choice without importing a PDF library, and from
models.py, so it can without building the models (an `index` run over an unchanged archive
needs none of them).
"""

EXTRACTORS = ("pdfium", "pypdf")
DEFAULT_EXTRACTOR = "pdfium"
