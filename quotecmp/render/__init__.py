"""Everything that draws for a terminal. Only this package imports rich."""
