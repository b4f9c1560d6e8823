"""The conventions magazines print credits with, in English and German, as data.

Each convention lives here once; the detectors build their patterns from these tables.
"""

from __future__ import annotations

import re

IMPRINT_LABELS = (
    r"Redaktion|Redakteur(?:in)?|Chefredaktion|Chefredakteur(?:in)?|Editors?|Editorial\s+team|"
    r"Editor-in-chief|Managing\s+editor|Herausgeber(?:in)?|Publisher|Published\s+by|"
    r"V\.\s?i\.\s?S\.\s?d\.\s?P\.?|Verantwortlich(?:\s+für\s+den\s+Inhalt)?|Responsible"
)
IMPRINT = re.compile(
    rf"^(?P<label>(?:{IMPRINT_LABELS})(?:\s*/\s*(?:{IMPRINT_LABELS}))*)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
