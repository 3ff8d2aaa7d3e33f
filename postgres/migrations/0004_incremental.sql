-- Incremental analysis (pipeline.Incremental) touches a few stories per
-- write, and ingest workers on several machines take turns at it; this
-- keeps its bookkeeping from costing what the whole store holds.
--
-- 1. unplaced lists the articles in no story (Store.Unassigned), kept in
-- step by triggers, so finding the new arrivals costs what they are, not
-- a scan of every article and membership. The triggers' functions keep
-- the search_path of the migration, so they name this schema's tables
-- whatever the calling session's path is.
CREATE TABLE unplaced (
	article_id text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
);
INSERT INTO unplaced (article_id)
	SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id);

-- A new article is unplaced. Row-level: an article is inserted one row
-- per statement, and ON CONFLICT DO NOTHING fires no row trigger for a
-- report stored before.
CREATE FUNCTION unplaced_article_insert() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
	INSERT INTO unplaced (article_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
	RETURN NULL;
END
$$;
CREATE TRIGGER unplaced_article_insert AFTER INSERT ON articles
	FOR EACH ROW EXECUTE FUNCTION unplaced_article_insert();

-- An article put in a story is placed.
CREATE FUNCTION unplaced_member_insert() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
	DELETE FROM unplaced WHERE article_id = NEW.article_id;
	RETURN NULL;
END
$$;
CREATE TRIGGER unplaced_member_insert AFTER INSERT ON story_articles
	FOR EACH ROW EXECUTE FUNCTION unplaced_member_insert();

-- An article taken out of its story, and in no other, is unplaced again.
-- Statement-level, with the deleted rows as a transition table: replacing
-- every story deletes every membership in one statement, and one set
-- operation beats a trigger call per row. Story writes hold the stories
-- lock, so no other transaction adds a membership meanwhile.
CREATE FUNCTION unplaced_member_delete() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
	INSERT INTO unplaced (article_id)
		SELECT DISTINCT o.article_id FROM old_members o
		WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = o.article_id)
		ON CONFLICT DO NOTHING;
	RETURN NULL;
END
$$;
CREATE TRIGGER unplaced_member_delete AFTER DELETE ON story_articles
	REFERENCING OLD TABLE AS old_members
	FOR EACH STATEMENT EXECUTE FUNCTION unplaced_member_delete();

-- 2. analysis_state is one row: generation counts the story writes
-- (PutStories, ReplaceStories, Regroup: each adds one in its own
-- transaction), reconciled is the generation a full analysis (Regroup)
-- wrote. A worker compares generation with the one its in-memory
-- grouping state was loaded at, and reloads only when another process
-- wrote since; it skips a full re-analysis when nobody wrote since the
-- last one (see postgres.Store.Generation).
CREATE TABLE analysis_state (
	singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
	generation bigint NOT NULL,
	reconciled bigint NOT NULL
);
INSERT INTO analysis_state (generation, reconciled) VALUES (1, 0);
