-- Grouping signatures (MinHash sketches, anchor sets …) persisted per
-- article so the group index need not recompute them on start.
CREATE TABLE signatures (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	kind       TEXT NOT NULL,
	blob       BLOB NOT NULL,
	PRIMARY KEY (kind, article_id)
) WITHOUT ROWID;
