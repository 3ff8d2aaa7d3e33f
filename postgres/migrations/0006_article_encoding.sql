-- The character set a report was decoded from when it was not UTF-8
-- (Article.Encoding: "windows-1252", "utf-16le"); '' for UTF-8.
ALTER TABLE articles ADD COLUMN encoding text NOT NULL DEFAULT '';
