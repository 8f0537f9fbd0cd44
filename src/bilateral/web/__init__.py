"""The analyst's view: a read-only web app over the store, and a self-contained HTML report."""
