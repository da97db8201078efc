package script

// Contents remembers revisions by the name of a file's content, for file
// systems that name content without reading it: a git commit's tree, where
// every file is a blob with an id. The hooks read trees from commits, and
// a commit that adds one migration keeps every other blob.
type Contents interface {
	// Key names the content of the file at path (and what else its reading
	// depends on); false when it cannot be named.
	Key(path string) (string, bool)
	Recall(key string) (*Revision, bool)
	Keep(key string, rev *Revision)
}

// EncodeRevisions writes revisions in the revision cache's binary format,
// for a Contents kept on disk; each revision's Path is kept as written
// (a Contents keeps its key there).
func EncodeRevisions(revs []*Revision) []byte {
	entries := make([]cacheEntry, len(revs))
	for i, r := range revs {
		entries[i].rev = r
	}
	return encodeCache(entries)
}

// DecodeRevisions reads what EncodeRevisions wrote. The strings share
// data's memory: data must not change afterwards.
func DecodeRevisions(data []byte) ([]*Revision, error) {
	entries, err := decodeCache(data)
	if err != nil {
		return nil, err
	}
	revs := make([]*Revision, len(entries))
	for i, e := range entries {
		revs[i] = e.rev
	}
	return revs, nil
}
