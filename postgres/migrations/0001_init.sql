-- Articles in ingest order (seq), keyed by content hash for idempotent
-- ingest. JSON columns are json, not jsonb: they are only ever read back
-- whole, and json keeps the text exactly as written.
CREATE TABLE articles (
	seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id           text NOT NULL UNIQUE,
	hash         text NOT NULL UNIQUE,
	source       text NOT NULL,
	url          text NOT NULL,
	title        text NOT NULL,
	outlet       text NOT NULL,
	author       text NOT NULL,
	published    timestamptz,
	language     text NOT NULL,
	text         text NOT NULL,
	removed      json NOT NULL,
	role         text NOT NULL,
	derived_from text,
	evidence     text NOT NULL,
	subheads     json NOT NULL,
	ingested_at  timestamptz NOT NULL DEFAULT now()
);

-- Stories as last computed by ReplaceStories; listing columns are
-- denormalised, body holds facts and discrepancies.
CREATE TABLE stories (
	id                 text PRIMARY KEY,
	title              text NOT NULL,
	first_seen         timestamptz NOT NULL,
	last_seen          timestamptz NOT NULL,
	article_count      integer NOT NULL,
	discrepancies      integer NOT NULL,
	high_discrepancies integer NOT NULL,
	outlets            text[] NOT NULL,
	body               json NOT NULL
);
CREATE INDEX stories_last_seen ON stories (last_seen DESC, id);

CREATE TABLE story_articles (
	story_id     text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	article_id   text NOT NULL REFERENCES articles (id),
	role         text NOT NULL,
	derived_from text,
	evidence     text NOT NULL,
	position     integer NOT NULL,
	PRIMARY KEY (story_id, position),
	UNIQUE (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);
