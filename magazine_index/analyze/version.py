"""The version of the detectors' results, apart, so that `index` can tell an unchanged
archive without loading the detectors (`scan.py`)."""

ANALYSIS_VERSION = 7
"""Raised whenever a detector's results change, so that `index` re-analyses magazines analysed
by an older version (from the extraction cache; pypdf does not run again). 2: topics are
judged per page by headline, lead and paragraph. 3: credit conventions as a table, bylines
under headlines, picture credits by page, titles are no quotations, speakers have given names.
4: one article per byline, jumps, closing names, the speaker sieve as typed steps. 5: articles;
topics carry their kind; terms match whole words or declared compounds. 6: a teaser keeps its
own page, themes, lower-case phrases and licence credits are no quotations, handles name;
picture-credit lists, bylines under the lead, editorials signed on the contents page, dash
and letter signatures, bylines in capitals, who asks in an interview pair, vox-pop headers,
post-nominals, initials resolved by the imprint. 7: signatures over two lines, "Name, Place"
signatures with given names the list lacks."""
