-- Full-text index of article text for StoryFilter.Query. The trigram
-- tokenizer (SQLite ≥ 3.34) matches any substring of three or more
-- characters, case-insensitively, so a query behaves like LIKE '%term%'
-- but is answered from the index instead of scanning every text.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	text,
	content = 'articles',
	content_rowid = 'seq',
	tokenize = 'trigram'
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
