package ingest

func (w *walker) warcFile(path, source string, size int64) error {
	w.skip(source, "WARC not supported yet")
	return nil
}
