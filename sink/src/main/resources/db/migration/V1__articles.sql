-- newsflow PostgreSQL sink, schema version 1. Applied once by SchemaMigrator; never edit an applied
-- migration (its checksum is checked), add V2__... instead.

-- One row per article: the newest version by processed_at (see docs/postgres.md).
CREATE TABLE articles (
    id                text        PRIMARY KEY,
    processed_at      timestamptz NOT NULL,
    processor_version text,
    content_sha256    text,
    source_uri        text,
    ingested_at       timestamptz,
    published_at      text,        -- as the page gives it: a date-time with offset or a bare yyyy-MM-dd
    title             text,
    subtitle          text,
    body              text,
    section           text,
    language          text,
    word_count        integer,
    publisher         text,
    fingerprint       text,
    -- Where this version was read from, on the enriched topic.
    kafka_topic       text        NOT NULL,
    kafka_partition   integer     NOT NULL,
    kafka_offset      bigint      NOT NULL,
    -- The whole record as sent, so fields a newer processor adds are kept before they get a column.
    document          jsonb       NOT NULL,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    -- 'simple' (no stemming, no stop words) suits every language the processor may detect, and queries
    -- need not know an article's language. The body is capped so no article can exceed PostgreSQL's
    -- 1 MB tsvector limit and stop the sink; 100,000 characters is far beyond a news article.
    search            tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') ||
        setweight(to_tsvector('simple'::regconfig, coalesce(subtitle, '')), 'B') ||
        setweight(to_tsvector('simple'::regconfig, left(coalesce(body, ''), 100000)), 'C')
    ) STORED
);

CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX articles_published_at_idx ON articles (published_at);

-- The entities of the stored version of each article, replaced whenever the article is.
CREATE TABLE article_entities (
    article_id   text    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,  -- position in the record's entities array
    name         text    NOT NULL,
    type         text    NOT NULL,
    mentions     integer NOT NULL,
    first_offset integer NOT NULL,  -- -1 when only in the title
    PRIMARY KEY (article_id, ordinal)
);

CREATE INDEX article_entities_name_idx ON article_entities (name, type);

-- What the database holds of each partition: written in the same transaction as the rows, and read back
-- on assignment, so the rows and the position can never disagree.
CREATE TABLE sink_offsets (
    topic       text        NOT NULL,
    partition   integer     NOT NULL,
    next_offset bigint      NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, partition)
);
