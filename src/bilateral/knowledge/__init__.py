"""Reference facts shared by several stages (office holders and their terms)."""
