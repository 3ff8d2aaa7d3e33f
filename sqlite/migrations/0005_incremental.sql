-- Incremental analysis (pipeline.Incremental) touches a few stories per
-- write; these keep its two store queries from scanning the whole store.
--
-- 1. unplaced lists the articles in no story (Store.Unassigned), kept in
-- step by triggers, so finding the new arrivals costs what they are, not
-- what the store holds.
CREATE TABLE unplaced (
	article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO unplaced (article_id)
	SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id);

CREATE TRIGGER unplaced_article_insert AFTER INSERT ON articles BEGIN
	INSERT OR IGNORE INTO unplaced (article_id) VALUES (new.id);
END;
CREATE TRIGGER unplaced_member_insert AFTER INSERT ON story_articles BEGIN
	DELETE FROM unplaced WHERE article_id = new.article_id;
END;
CREATE TRIGGER unplaced_member_delete AFTER DELETE ON story_articles BEGIN
	INSERT OR IGNORE INTO unplaced (article_id)
		SELECT old.article_id WHERE NOT EXISTS (SELECT 1 FROM story_articles WHERE article_id = old.article_id);
END;

-- 2. A story's title index entry gets the story's rowid, so deleting one
-- story's entry is a lookup instead of a scan of the index (story_id is
-- not an indexed column of the FTS table).
DELETE FROM stories_fts;
INSERT INTO stories_fts (rowid, title, story_id) SELECT rowid, title, id FROM stories;
