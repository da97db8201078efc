package merge

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/onehead/onehead/internal/alembic"
	"github.com/onehead/onehead/internal/alembic/config"
	"github.com/onehead/onehead/internal/python"
)

// Slug is Alembic's file-name slug of a message: the runs of word
// characters (Python's Unicode \w, which is exactly letters, numbers and
// "_"; combining marks split a word) joined by "_", lowercased as Python's
// str.lower does, then cut to truncate code points back to the last "_",
// with "_" appended. A nil message (no -m) gives an empty slug.
func Slug(message *string, truncate int) string {
	if message == nil {
		return ""
	}
	words := strings.FieldsFunc(*message, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_'
	})
	slug := []rune(python.Lower(strings.Join(words, "_")))
	if len(slug) <= truncate {
		return string(slug)
	}
	// slug[:truncate] with Python's slicing, where a negative bound counts
	// from the end (truncate_slug_length is not checked for sign).
	end := truncate
	if end < 0 {
		end = max(len(slug)+end, 0)
	}
	cut := string(slug[:end])
	if i := strings.LastIndexByte(cut, '_'); i >= 0 {
		cut = cut[:i]
	}
	return cut + "_"
}

// fileName is Alembic's ScriptDirectory._rev_path without the directory:
// file_template %-formatted with the revision id, the slug and the create
// date's tokens, plus ".py". onehead refuses names that do not stay inside
// the target directory as plain relative paths, which Alembic would accept
// and write elsewhere (a leading "/", "..").
func fileName(cfg *config.Config, revID, slug string, date *Datetime) (string, error) {
	if err := cfg.UseErrors["file_template"]; err != nil {
		return "", err
	}
	t := date.t
	tokens := &python.Dict{}
	for _, kv := range []struct {
		k string
		v python.Value
	}{
		{"rev", python.String(revID)}, {"slug", python.String(slug)}, {"epoch", python.Int(date.epoch())},
		{"year", python.Int(t.Year())}, {"month", python.Int(t.Month())}, {"day", python.Int(t.Day())},
		{"hour", python.Int(t.Hour())}, {"minute", python.Int(t.Minute())}, {"second", python.Int(t.Second())},
	} {
		tokens.Keys = append(tokens.Keys, python.String(kv.k))
		tokens.Values = append(tokens.Values, kv.v)
	}
	name, err := python.Format(cfg.FileTemplate, tokens)
	src := cfg.Sources["file_template"]
	if err != nil {
		return "", &alembic.FileError{Path: src.Path, Line: src.Line,
			Msg:  fmt.Sprintf("file_template %q: %v (Alembic crashes here)", cfg.FileTemplate, err),
			Hint: "the tokens are rev, slug, epoch, year, month, day, hour, minute and second; an ini file needs %% before each"}
	}
	name += ".py"
	for _, part := range strings.Split(name, "/") {
		if part == "" || part == "." || part == ".." || strings.ContainsRune(part, 0) {
			return "", &alembic.FileError{Path: src.Path, Line: src.Line,
				Msg: fmt.Sprintf("file_template %q gives the file name %q, which is not a plain relative path inside the version directory; onehead does not write it", cfg.FileTemplate, name)}
		}
	}
	return name, nil
}

// randomID is Alembic's util.rev_id: the last 12 hex digits of a random
// UUID4, which are 48 random bits. Unlike Alembic, an id that is taken, or
// is a prefix of a taken id, or starts with a taken id of four or more
// characters (Alembic's shortest usable prefix), is drawn again, so that
// the new revision can always be named unambiguously.
func randomID(taken []string) (string, error) {
	for range 100 {
		var b [6]byte
		if _, err := rand.Read(b[:]); err != nil {
			return "", err
		}
		id := hex.EncodeToString(b[:])
		if !slices.ContainsFunc(taken, func(t string) bool {
			return strings.HasPrefix(t, id) || len(t) >= 4 && strings.HasPrefix(id, t)
		}) {
			return id, nil
		}
	}
	return "", fmt.Errorf("could not draw a revision id that no existing id makes ambiguous; give one with --rev-id")
}

// Id shapes --rev-id auto recognises in a tree.
var (
	// datedID is a date or timestamp stamp and a slug, as in
	// 20260413_drop_card_templates.
	datedID = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\d{8}|\d{12}|\d{14})_\w+$`) })
	// numberedID is a zero-padded sequence number, as in 036.
	numberedID = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\d+$`) })
)

// autoID is --rev-id auto: an id derived only from the tree and the sorted
// parent ids, so that two people merging the same heads of the same tree
// get the same id. It follows the tree's convention when most of its ids
// share one: "<newest parent stamp>_merge_<hash>" for dated ids (the
// create date's stamp when no parent has one), the next sequence number
// for numbered ids, else 12 hex digits of a hash, like Alembic's ids.
func autoID(parents, taken []string, date *Datetime) string {
	sorted := slices.Sorted(slices.Values(parents))
	sum := sha256.Sum256([]byte("onehead merge\x00" + strings.Join(sorted, "\x00")))
	hash := hex.EncodeToString(sum[:])
	dated, numbered := map[int]int{}, map[int]int{}
	for _, id := range taken {
		if m := datedID().FindStringSubmatch(id); m != nil {
			dated[len(m[1])]++
		} else if numberedID().MatchString(id) {
			numbered[len(id)]++
		}
	}
	width, count := commonest(dated)
	if 2*count > len(taken) {
		stamp := ""
		for _, p := range parents {
			if m := datedID().FindStringSubmatch(p); m != nil && len(m[1]) == width {
				stamp = max(stamp, m[1])
			}
		}
		if stamp == "" {
			stamp = date.t.Format("20060102150405")[:width]
		}
		return stamp + "_merge_" + hash[:8]
	}
	if width, count := commonest(numbered); 2*count > len(taken) {
		next := uint64(0)
		for _, id := range taken {
			if n, err := strconv.ParseUint(id, 10, 64); err == nil && numberedID().MatchString(id) {
				next = max(next, n+1)
			}
		}
		return fmt.Sprintf("%0*d", width, next)
	}
	return hash[:12]
}

// commonest returns the key with the highest count, the smallest key on a
// tie, and its count.
func commonest(counts map[int]int) (key, count int) {
	for k, c := range counts {
		if c > count || c == count && k < key {
			key, count = k, c
		}
	}
	return key, count
}
