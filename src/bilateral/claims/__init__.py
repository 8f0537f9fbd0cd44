"""The claims stage: figures stated in articles, turned into numeric claims."""
