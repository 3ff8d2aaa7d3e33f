-- Articles in ingest order (seq), keyed by content hash for idempotent
-- ingest. Times are UTC text in a fixed-width layout
-- (2006-01-02T15:04:05.000000000Z) so they sort and compare as strings.
CREATE TABLE articles (
	seq          INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	hash         TEXT NOT NULL UNIQUE,
	source       TEXT NOT NULL,
	url          TEXT NOT NULL,
	title        TEXT NOT NULL,
	outlet       TEXT NOT NULL,
	author       TEXT NOT NULL,
	published    TEXT,
	language     TEXT NOT NULL,
	text         TEXT NOT NULL,
	removed      TEXT NOT NULL,  -- JSON array of crosswire.Removal, or null
	role         TEXT NOT NULL,
	derived_from TEXT,
	evidence     TEXT NOT NULL,
	subheads     TEXT NOT NULL,  -- JSON array of strings, or null
	ingested_at  TEXT NOT NULL
);

-- Stories as last computed by ReplaceStories. The listing columns are
-- denormalised so Stories never has to decode a body; body holds the facts
-- and discrepancies as JSON.
CREATE TABLE stories (
	id                 TEXT PRIMARY KEY,
	title              TEXT NOT NULL,
	first_seen         TEXT NOT NULL,
	last_seen          TEXT NOT NULL,
	article_count      INTEGER NOT NULL,
	discrepancies      INTEGER NOT NULL,
	high_discrepancies INTEGER NOT NULL,
	outlets            TEXT NOT NULL,  -- JSON array of outlet names, sorted
	body               TEXT NOT NULL   -- JSON {"facts": [...], "discrepancies": [...]}
);
CREATE INDEX stories_last_seen ON stories (last_seen DESC, id);

-- The versions of each story with the role grouping gave them.
CREATE TABLE story_articles (
	story_id     TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	article_id   TEXT NOT NULL REFERENCES articles (id),
	role         TEXT NOT NULL,
	derived_from TEXT,
	evidence     TEXT NOT NULL,
	position     INTEGER NOT NULL,
	PRIMARY KEY (story_id, position),
	UNIQUE (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);
