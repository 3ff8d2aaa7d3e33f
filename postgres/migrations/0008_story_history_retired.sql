-- story_history is bounded. A (story id, article) pair is "retired" when
-- its membership leaves story_articles (the story gained a version,
-- merged, split or was re-analysed under another id); retired_at says
-- when, NULL while the membership is current. Rows retired longer than
-- the retention (sqlstore.HistoryRetention, 90 days) are deleted by every
-- story write, so the table holds the current memberships plus those
-- retired within the retention: an id shown more than 90 days before it
-- was replaced then answers 404.
ALTER TABLE story_history ADD COLUMN retired_at timestamptz;
UPDATE story_history h SET retired_at = now()
	WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = h.story_id AND sa.article_id = h.article_id);
CREATE INDEX story_history_retired ON story_history (retired_at) WHERE retired_at IS NOT NULL;

CREATE OR REPLACE FUNCTION story_history_insert() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
	INSERT INTO story_history (story_id, article_id, retired_at)
		SELECT DISTINCT n.story_id, n.article_id, NULL::timestamptz FROM new_members n
		ON CONFLICT (story_id, article_id) DO UPDATE SET retired_at = NULL;
	RETURN NULL;
END
$$;

CREATE FUNCTION story_history_retire() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
	UPDATE story_history h SET retired_at = now()
		FROM (SELECT DISTINCT o.story_id, o.article_id FROM old_members o) o
		WHERE h.story_id = o.story_id AND h.article_id = o.article_id;
	RETURN NULL;
END
$$;
CREATE TRIGGER story_history_retire AFTER DELETE ON story_articles
	REFERENCING OLD TABLE AS old_members
	FOR EACH STATEMENT EXECUTE FUNCTION story_history_retire();
