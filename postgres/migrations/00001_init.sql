-- +goose Up
CREATE TABLE articles (
    seq           BIGSERIAL PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    hash          TEXT NOT NULL UNIQUE,
    url           TEXT NOT NULL DEFAULT '',
    outlet        TEXT NOT NULL DEFAULT '',
    published     TEXT NOT NULL DEFAULT '',      -- RFC 3339 with the original offset
    published_at  BIGINT,                        -- Unix seconds, for range queries; NULL when unknown
    title         TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL,
    origin        TEXT NOT NULL DEFAULT '',
    ingested_at   BIGINT NOT NULL,
    fts           tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || text)) STORED
);
CREATE INDEX articles_published ON articles (published_at);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_fts ON articles USING GIN (fts);

CREATE TABLE events (
    seq             BIGSERIAL PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence        INTEGER NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    source_code     TEXT NOT NULL DEFAULT '',
    source_country  TEXT NOT NULL DEFAULT '',
    source_sector   TEXT NOT NULL DEFAULT '',
    source_text     TEXT NOT NULL DEFAULT '',
    target_code     TEXT NOT NULL DEFAULT '',
    target_country  TEXT NOT NULL DEFAULT '',
    target_sector   TEXT NOT NULL DEFAULT '',
    target_text     TEXT NOT NULL DEFAULT '',
    code            TEXT NOT NULL,
    root            TEXT NOT NULL,
    quad            INTEGER NOT NULL,
    goldstein       DOUBLE PRECISION NOT NULL,
    plover          TEXT NOT NULL DEFAULT '',
    modality        TEXT NOT NULL,
    date            TEXT NOT NULL DEFAULT '',
    date_precision  TEXT NOT NULL DEFAULT '',
    location_name   TEXT,
    location_country TEXT,
    location_lat    DOUBLE PRECISION,
    location_lon    DOUBLE PRECISION,
    attribution     TEXT NOT NULL DEFAULT '[]',  -- JSON array of names
    evidence        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_article ON events (article_id, sentence, span_start);
CREATE INDEX events_dyad ON events (source_country, target_country, date);
CREATE INDEX events_target ON events (target_country, date);
CREATE INDEX events_code ON events (code, date);
CREATE INDEX events_root ON events (root, date);
CREATE INDEX events_date ON events (date);

-- +goose Down
DROP TABLE events;
DROP TABLE articles;
