-- Replace the trigram index of 0003 by word indexes for StoryFilter.Query:
-- article text (kept in step by triggers) and story titles (rewritten by
-- ReplaceStories). unicode61 splits at every character that is not a
-- letter, digit or mark and folds case across Unicode; diacritics are kept
-- (remove_diacritics 0) so that SQLite and PostgreSQL match the same
-- stories. Why words rather than trigrams: on the 2,225 BBC articles of
-- ../shared/data the trigram index made ingest ~4 times slower than the
-- word index and ~45 times slower than none, and tripled the file (20 MB
-- for 6.5 MB of text), for substring matches a search box rarely wants.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
	text,
	content = 'articles',
	content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO articles_fts (rowid, text) SELECT seq, text FROM articles;

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, text) VALUES (new.seq, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, text) VALUES ('delete', old.seq, old.text);
	INSERT INTO articles_fts (rowid, text) VALUES (new.seq, new.text);
END;

CREATE VIRTUAL TABLE stories_fts USING fts5 (
	title,
	story_id UNINDEXED,
	tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO stories_fts (title, story_id) SELECT title, id FROM stories;
