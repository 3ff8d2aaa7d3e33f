-- What cleaning read from an agency take's header (Article.Wire: slug,
-- version, page, desk, priority, agency, filing time) as JSON; '' for a
-- report that is no wire copy. Grouping joins a story's takes by it.
ALTER TABLE articles ADD COLUMN wire TEXT NOT NULL DEFAULT '';
