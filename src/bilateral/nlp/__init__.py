"""The NLP stage: one spaCy pipeline per process, documents streamed through it in small batches."""

from .pipeline import MAX_CHARACTERS, MODEL, is_english, load_pipeline, parse
from .tokens import head_of, span_text

__all__ = ["MAX_CHARACTERS", "MODEL", "is_english", "load_pipeline", "head_of", "parse", "span_text"]
