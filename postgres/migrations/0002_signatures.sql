-- Grouping signatures persisted per article for the group index.
CREATE TABLE signatures (
	article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	kind       text NOT NULL,
	blob       bytea NOT NULL,
	PRIMARY KEY (kind, article_id)
);
