-- Story ids stay valid. A story's id comes from its articles, so it
-- changes when a version joins (or stories merge or split); a link or id
-- shown before must still lead somewhere. story_history remembers every
-- (story id, article) membership ever written, kept by a trigger; an id
-- no longer stored leads to the stories that now hold its articles
-- (Store.Successors): one when it was merged or renamed, several when it
-- split.
CREATE TABLE story_history (
	story_id   TEXT NOT NULL,
	article_id TEXT NOT NULL,
	PRIMARY KEY (story_id, article_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO story_history (story_id, article_id) SELECT story_id, article_id FROM story_articles;
CREATE TRIGGER story_history_insert AFTER INSERT ON story_articles BEGIN
	INSERT OR IGNORE INTO story_history (story_id, article_id) VALUES (new.story_id, new.article_id);
END;
