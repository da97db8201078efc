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
