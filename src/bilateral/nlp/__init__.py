"""The NLP stage: one spaCy pipeline per process, documents streamed through it in small batches."""

from .pipeline import MAX_CHARACTERS, MODEL, is_english, load_pipeline, parse

__all__ = ["MAX_CHARACTERS", "MODEL", "is_english", "load_pipeline", "parse"]
