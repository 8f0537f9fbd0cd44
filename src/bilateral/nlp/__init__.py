"""The NLP stage: one spaCy pipeline per process, documents streamed through it in small batches."""

from .pipeline import MODEL, PIPELINE_COMPONENTS, is_english, load_pipeline, parse

__all__ = ["MODEL", "PIPELINE_COMPONENTS", "is_english", "load_pipeline", "parse"]
