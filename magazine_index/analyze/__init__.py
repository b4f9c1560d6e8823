"""Pure functions over extracted pages: folios, contributors, topics and quotations."""
