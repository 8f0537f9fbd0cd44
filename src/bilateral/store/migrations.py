"""Named, ordered schema migrations; each applied one is recorded in ``migrations``."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_inputs_raw_articles",
        """
        CREATE TABLE inputs (
            source VARCHAR NOT NULL,
            raw_sha256 VARCHAR NOT NULL,
            status VARCHAR NOT NULL,       -- stored | duplicate | rejected
            code VARCHAR,
            reason VARCHAR,
            article_id VARCHAR,
            first_seen TIMESTAMP NOT NULL,
            last_seen TIMESTAMP NOT NULL,
            PRIMARY KEY (source, raw_sha256)
        );
        CREATE TABLE raw_documents (
            sha256 VARCHAR PRIMARY KEY,
            media_type VARCHAR NOT NULL,
            url VARCHAR,
            content BLOB NOT NULL
        );
        CREATE SEQUENCE article_seq START 1;
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            source VARCHAR NOT NULL,
            url VARCHAR,
            title VARCHAR,
            subtitle VARCHAR,
            byline VARCHAR,
            dateline VARCHAR,
            outlet VARCHAR,
            credited_sources VARCHAR[],
            published DATE,
            published_earliest DATE,
            published_latest DATE,
            published_evidence VARCHAR,
            published_method VARCHAR,
            body VARCHAR NOT NULL,
            raw_sha256 VARCHAR NOT NULL,
            extractor VARCHAR NOT NULL,
            duplicate_of VARCHAR,
            minhash UBIGINT[],
            seq BIGINT NOT NULL DEFAULT nextval('article_seq'),
            stored_at TIMESTAMP NOT NULL
        );
        """,
    ),
)
