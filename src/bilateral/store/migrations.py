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
    (
        "0002_actors_quotes",
        """
        CREATE TABLE analyses (
            article_id VARCHAR PRIMARY KEY,
            method VARCHAR NOT NULL,        -- model and stage versions that produced the rows
            note VARCHAR,                   -- why there are no rows: "not English", or the error
            analysed_at TIMESTAMP NOT NULL
        );
        CREATE TABLE actor_mentions (        -- one actor as one article names it
            article_id VARCHAR NOT NULL,
            key INTEGER NOT NULL,
            kind VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            aliases VARCHAR[],
            country VARCHAR,
            sector VARCHAR,
            roles JSON,
            spans JSON,
            known_as VARCHAR,
            gender VARCHAR,
            PRIMARY KEY (article_id, key)
        );
        CREATE TABLE quotes (
            id VARCHAR PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            speaker_key INTEGER,
            speaker_name VARCHAR,
            speaker_surface VARCHAR,
            speaker_start INTEGER,
            speaker_end INTEGER,
            resolved_by VARCHAR NOT NULL,
            cue VARCHAR,
            cue_start INTEGER,
            cue_end INTEGER
        );
        CREATE TABLE actors (                -- merged across the corpus; rebuilt after each run
            id VARCHAR PRIMARY KEY,
            name VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            aliases VARCHAR[],
            country VARCHAR,
            sector VARCHAR,
            roles JSON
        );
        CREATE TABLE actor_links (
            article_id VARCHAR NOT NULL,
            key INTEGER NOT NULL,
            actor_id VARCHAR NOT NULL,
            PRIMARY KEY (article_id, key)
        );
        """,
    ),
    (
        "0003_events_claims_stories",
        """
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            sentence VARCHAR NOT NULL,
            start_offset INTEGER NOT NULL,     -- the sentence in the body
            end_offset INTEGER NOT NULL,
            source_code VARCHAR NOT NULL,
            source_name VARCHAR NOT NULL,
            source_key INTEGER,
            source_start INTEGER,
            source_end INTEGER,
            target_code VARCHAR,
            target_name VARCHAR,
            target_key INTEGER,
            target_start INTEGER,
            target_end INTEGER,
            cameo VARCHAR NOT NULL,
            root VARCHAR NOT NULL,
            quad_class INTEGER NOT NULL,
            goldstein DOUBLE NOT NULL,
            plover VARCHAR,
            event_date DATE,
            trigger VARCHAR NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            mood VARCHAR NOT NULL,
            quote_id VARCHAR
        );
        CREATE TABLE claims (
            id VARCHAR PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            measure VARCHAR NOT NULL,
            value DOUBLE NOT NULL,
            unit VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            qualifier VARCHAR,
            claimant_key INTEGER,
            claimant VARCHAR,
            usd_value DOUBLE,
            subject VARCHAR,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            quote_id VARCHAR
        );
        CREATE TABLE article_tone (          -- VADER compound score averaged over the article's sentences
            article_id VARCHAR PRIMARY KEY,
            tone DOUBLE
        );
        CREATE TABLE disagreements (         -- claims on one measure that differ beyond rounding; rebuilt after each run
            measure VARCHAR NOT NULL,
            claim_ids VARCHAR[] NOT NULL,
            claim_values DOUBLE[] NOT NULL,
            note VARCHAR NOT NULL
        );
        CREATE TABLE stories (               -- reports of the same story from different outlets; rebuilt after each run
            article_id VARCHAR PRIMARY KEY,
            story_id VARCHAR NOT NULL
        );
        """,
    ),
    (
        "0004_passages",
        """
        CREATE TABLE passages (              -- quotes and event or figure sentences, for questions; rebuilt after each run
            id VARCHAR PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,           -- quote | event | figure
            text VARCHAR NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            speaker VARCHAR,
            speaker_code VARCHAR,
            length INTEGER NOT NULL
        );
        CREATE TABLE passage_terms (         -- BM25 postings, stored in term order
            term VARCHAR NOT NULL,
            passage_id VARCHAR NOT NULL,
            tf INTEGER NOT NULL
        );
        """,
    ),
    (
        "0005_event_confidence",
        """
        ALTER TABLE events ADD COLUMN confidence DOUBLE DEFAULT 1.0;
        ALTER TABLE events ADD COLUMN confident BOOLEAN DEFAULT true;
        ALTER TABLE events ADD COLUMN evidence VARCHAR[];
        """,
    ),
    (
        "0006_comparable_claims",
        """
        ALTER TABLE claims ADD COLUMN measure_id VARCHAR DEFAULT 'amount';
        ALTER TABLE claims ADD COLUMN scope VARCHAR;
        ALTER TABLE claims ADD COLUMN period_start INTEGER;
        ALTER TABLE claims ADD COLUMN period_end INTEGER;
        ALTER TABLE claims ADD COLUMN claimed_by VARCHAR;
        ALTER TABLE disagreements ADD COLUMN kind VARCHAR DEFAULT 'conflict';
        ALTER TABLE disagreements ADD COLUMN subject VARCHAR;
        """,
    ),
)
