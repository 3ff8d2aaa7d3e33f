-- Story ids stay valid. A story's id comes from its articles, so it
-- changes when a version joins (or stories merge or split); a link or id
-- shown before must still lead somewhere. story_history remembers every
-- (story id, article) membership ever written, kept by a statement-level
-- trigger over the inserted rows; an id no longer stored leads to the
-- stories that now hold its articles (Store.Successors): one when it was
-- merged or renamed, several when it split.
CREATE TABLE story_history (
	story_id   text NOT NULL,
	article_id text NOT NULL,
	PRIMARY KEY (story_id, article_id)
);
INSERT INTO story_history (story_id, article_id) SELECT story_id, article_id FROM story_articles ON CONFLICT DO NOTHING;

CREATE FUNCTION story_history_insert() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
	INSERT INTO story_history (story_id, article_id)
		SELECT DISTINCT n.story_id, n.article_id FROM new_members n
		ON CONFLICT DO NOTHING;
	RETURN NULL;
END
$$;
CREATE TRIGGER story_history_insert AFTER INSERT ON story_articles
	REFERENCING NEW TABLE AS new_members
	FOR EACH STATEMENT EXECUTE FUNCTION story_history_insert();
