-- What cleaning and grouping set on an article that the first columns did
-- not keep, so an article read back is the one analysed:
--  * articles.wire: the agency wire header of a take (Article.Wire, JSON
--    of crosswire.Wire: slug, version, page, desk, priority, agency,
--    filed, more); NULL for a report that is not wire copy. Grouping
--    reads it to find the wire original and to join the takes of a story.
--  * articles.reuse and story_articles.reuse: the share (0–1) of a derived
--    version's sentences aligned to its source (Article.Reuse), kept like
--    role and derived_from: for the story (story_articles) and as the
--    article's last (articles). NULL for an original or independent
--    report.
--  * articles.published_offset: the UTC offset (seconds east) the
--    publication time was given in; published holds the instant (in UTC,
--    so it sorts), and the two give back the time the report showed
--    ("2000-06-01T16:54:00+01:00" for a take filed in London in summer).
--    NULL for rows stored before: their time reads in UTC.
-- Rows stored before read back with no wire header and no reuse: the
-- next analysis of the store sets reuse again; the wire header of an
-- article stored before is only known by ingesting its source again
-- (PutArticle fills in a missing header; ingest --reanalyze regroups).
ALTER TABLE articles ADD COLUMN wire json;
ALTER TABLE articles ADD COLUMN reuse double precision;
ALTER TABLE story_articles ADD COLUMN reuse double precision;
ALTER TABLE articles ADD COLUMN published_offset integer;
