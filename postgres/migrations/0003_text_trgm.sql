-- Trigram index on article text, so StoryFilter.Query (a case-insensitive
-- regex per term, ~* '\mterm'; pg_trgm indexes regexes as well as LIKE)
-- is answered from an index instead of reading every text. It needs the
-- pg_trgm extension (in PostgreSQL's contrib, trusted since 13): the
-- migration installs it in schema public when it can and skips the index
-- when it cannot; queries work either way, only slower without it.
-- The extension is never created in crosswire's own schema, so dropping
-- that schema cannot drop an extension another schema's index uses.
DO $$
DECLARE
	ext_schema text;
BEGIN
	SELECT n.nspname INTO ext_schema
	FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
	WHERE e.extname = 'pg_trgm';
	IF ext_schema IS NULL THEN
		BEGIN
			CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
			ext_schema := 'public';
		EXCEPTION WHEN OTHERS THEN
			RAISE NOTICE 'pg_trgm unavailable (%): text queries will scan', SQLERRM;
		END;
	END IF;
	IF ext_schema IS NOT NULL THEN
		EXECUTE format('CREATE INDEX articles_text_trgm ON articles USING gin (text %I.gin_trgm_ops)', ext_schema);
	END IF;
END
$$;
