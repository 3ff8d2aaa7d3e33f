-- story_history is bounded. A (story id, article) pair is "retired" when
-- its membership leaves story_articles (the story gained a version,
-- merged, split or was re-analysed under another id); retired_at (Unix
-- seconds) says when, NULL while the membership is current. Rows retired
-- longer than the retention (sqlstore.HistoryRetention, 90 days) are
-- deleted by every story write, so the table holds the current
-- memberships plus those retired within the retention: an id shown more
-- than 90 days before it was replaced then answers 404.
ALTER TABLE story_history ADD COLUMN retired_at INTEGER;
UPDATE story_history SET retired_at = CAST(strftime('%s', 'now') AS INTEGER)
	WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = story_history.story_id AND sa.article_id = story_history.article_id);
CREATE INDEX story_history_retired ON story_history (retired_at) WHERE retired_at IS NOT NULL;
DROP TRIGGER story_history_insert;
CREATE TRIGGER story_history_insert AFTER INSERT ON story_articles BEGIN
	INSERT INTO story_history (story_id, article_id, retired_at) VALUES (new.story_id, new.article_id, NULL)
		ON CONFLICT (story_id, article_id) DO UPDATE SET retired_at = NULL;
END;
CREATE TRIGGER story_history_retire AFTER DELETE ON story_articles BEGIN
	UPDATE story_history SET retired_at = CAST(strftime('%s', 'now') AS INTEGER)
		WHERE story_id = old.story_id AND article_id = old.article_id;
END;
