"""Analyses over extracted records: document tone and story clustering."""
