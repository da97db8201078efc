package python

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Value is a Python value. The built-in kinds are [NoneType], [Bool], [Int],
// [String], [Bytes], [Tuple], [List], [*Dict] and [Undefined]; callers plug
// in their own objects (a datetime, Mako's context, a module) by
// implementing Value plus [Callable], [Attributer] and the optional
// [Stringer], [Reprer], [Truther] and [Formattable].
type Value interface {
	// Type is the Python type name, used in messages ("str", "datetime").
	Type() string
}

// NoneType is the type of [None].
type NoneType struct{}

// None is Python's None.
var None Value = NoneType{}

type (
	// Bool is True or False.
	Bool bool
	// Int is a Python int that fits in 64 bits.
	Int int64
	// String is a str, held as UTF-8.
	String string
	// Bytes is a bytes value; it exists so that callers can recognise and
	// refuse b'' literals where Python would take a str.
	Bytes string
	// Tuple is a tuple.
	Tuple []Value
	// List is a list.
	List []Value
)

// Dict is a dict, which keeps insertion order as Python's does.
type Dict struct {
	Keys, Values []Value
}

// Undefined is the value Mako gives names a template does not define: it is
// false, and turning it into text is an error.
type Undefined struct {
	Name string
}

// KeywordArg is a keyword argument of a call.
type KeywordArg struct {
	Name  string
	Value Value
}

// Callable is a value that can be called.
type Callable interface {
	Call(args []Value, kwargs []KeywordArg) (Value, error)
}

// Attributer is a value with attributes (`obj.name`).
type Attributer interface {
	Attr(name string) (Value, error)
}

// Stringer is a plugged-in value with a Python str().
type Stringer interface {
	PyStr() (string, error)
}

// Reprer is a plugged-in value with a Python repr().
type Reprer interface {
	PyRepr() (string, error)
}

// Truther is a plugged-in value with a truth value other than true.
type Truther interface {
	Truth() bool
}

// Formattable is a plugged-in value with a Python __format__, as used by
// f-string and str.format specs (a datetime's is strftime).
type Formattable interface {
	PyFormat(spec string) (string, error)
}

// Type implements Value.
func (NoneType) Type() string { return "NoneType" }

// Type implements Value.
func (Bool) Type() string { return "bool" }

// Type implements Value.
func (Int) Type() string { return "int" }

// Type implements Value.
func (String) Type() string { return "str" }

// Type implements Value.
func (Bytes) Type() string { return "bytes" }

// Type implements Value.
func (Tuple) Type() string { return "tuple" }

// Type implements Value.
func (List) Type() string { return "list" }

// Type implements Value.
func (*Dict) Type() string { return "dict" }

// Type implements Value.
func (Undefined) Type() string { return "Undefined" }

// Get returns the value stored under key, with Python's key equality
// (1 == True).
func (d *Dict) Get(key Value) (Value, bool) {
	for i, k := range d.Keys {
		if equal(k, key) {
			return d.Values[i], true
		}
	}
	return nil, false
}

// set stores a value, keeping the position of an existing equal key as
// Python does.
func (d *Dict) set(key, v Value) {
	for i, k := range d.Keys {
		if equal(k, key) {
			d.Values[i] = v
			return
		}
	}
	d.Keys, d.Values = append(d.Keys, key), append(d.Values, v)
}

func (u Undefined) err() *PyError {
	return pyErr("NameError", "'%s' is not defined", u.Name)
}

// Truthy is Python's bool(v).
func Truthy(v Value) bool {
	switch v := v.(type) {
	case NoneType, Undefined, nil:
		return false
	case Bool:
		return bool(v)
	case Int:
		return v != 0
	case String:
		return v != ""
	case Bytes:
		return v != ""
	case Tuple:
		return len(v) > 0
	case List:
		return len(v) > 0
	case *Dict:
		return len(v.Keys) > 0
	case Truther:
		return v.Truth()
	}
	return true
}

// Str is Python's str(v).
func Str(v Value) (string, error) {
	switch v := v.(type) {
	case String:
		return string(v), nil
	case Undefined:
		return "", v.err()
	case Stringer:
		return v.PyStr()
	}
	return Repr(v)
}

// Repr is Python's repr(v), byte for byte as CPython prints it.
func Repr(v Value) (string, error) {
	var b strings.Builder
	err := writeRepr(&b, v)
	return b.String(), err
}

func writeRepr(b *strings.Builder, v Value) error {
	switch v := v.(type) {
	case NoneType:
		b.WriteString("None")
	case Bool:
		if v {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case Int:
		b.WriteString(strconv.FormatInt(int64(v), 10))
	case String:
		b.WriteString(reprString(string(v)))
	case Bytes:
		b.WriteString(reprBytes(string(v)))
	case Tuple:
		b.WriteByte('(')
		if err := writeItems(b, v); err != nil {
			return err
		}
		if len(v) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case List:
		b.WriteByte('[')
		if err := writeItems(b, v); err != nil {
			return err
		}
		b.WriteByte(']')
	case *Dict:
		b.WriteByte('{')
		for i, k := range v.Keys {
			if b.Len() > maxLen {
				return notStatic("repr longer than %d bytes", maxLen)
			}
			if i > 0 {
				b.WriteString(", ")
			}
			if err := writeRepr(b, k); err != nil {
				return err
			}
			b.WriteString(": ")
			if err := writeRepr(b, v.Values[i]); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case Undefined:
		return v.err()
	case Reprer:
		s, err := v.PyRepr()
		b.WriteString(s)
		return err
	case nil:
		return fmt.Errorf("python: nil Value")
	default:
		fmt.Fprintf(b, "<%s object>", v.Type())
	}
	return nil
}

func writeItems(b *strings.Builder, items []Value) error {
	for i, x := range items {
		if b.Len() > maxLen {
			return notStatic("repr longer than %d bytes", maxLen)
		}
		if i > 0 {
			b.WriteString(", ")
		}
		if err := writeRepr(b, x); err != nil {
			return err
		}
	}
	return nil
}

// reprString follows CPython's unicode_repr: single quotes unless the text
// has a single quote and no double quote; \t \n \r and \\ escaped; other
// non-printable characters (str.isprintable) as \xNN, \uNNNN or \UNNNNNNNN.
func reprString(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < utf8.RuneSelf || unicode.IsPrint(r):
			// Go's IsPrint is exactly Python's str.isprintable: letters,
			// marks, numbers, punctuation, symbols and the ASCII space.
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func reprBytes(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(q)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// asciiRepr is Python's ascii(v): repr with non-ASCII characters escaped.
func asciiRepr(v Value) (string, error) {
	s, err := Repr(v)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String(), nil
}

// equal is Python's == for the built-in kinds; other values are equal only
// when they are the same Go value.
func equal(a, b Value) bool {
	if x, ok := asInt(a); ok {
		y, ok := asInt(b)
		return ok && x == y
	}
	switch a := a.(type) {
	case String:
		b, ok := b.(String)
		return ok && a == b
	case Bytes:
		b, ok := b.(Bytes)
		return ok && a == b
	case Tuple:
		b, ok := b.(Tuple)
		return ok && equalItems(a, b)
	case List:
		b, ok := b.(List)
		return ok && equalItems(a, b)
	case *Dict:
		b, ok := b.(*Dict)
		if !ok || len(a.Keys) != len(b.Keys) {
			return false
		}
		for i, k := range a.Keys {
			if v, ok := b.Get(k); !ok || !equal(a.Values[i], v) {
				return false
			}
		}
		return true
	}
	return identical(a, b)
}

// identical is Python's `is` as far as it can be decided: None, booleans
// and Undefined are singletons; plugged-in values are compared as Go values.
func identical(a, b Value) bool {
	if a == nil || b == nil {
		return a == b
	}
	if _, ok := a.(Undefined); ok { // Mako has one UNDEFINED; Name only serves messages
		_, ok = b.(Undefined)
		return ok
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	return ta == tb && ta.Comparable() && a == b
}

func equalItems(a, b []Value) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

// asInt returns the integer value of an Int or Bool (Python's bool is an int).
func asInt(v Value) (int64, bool) {
	switch v := v.(type) {
	case Int:
		return int64(v), true
	case Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// builtinKind reports whether v is one of this package's own value kinds,
// whose behaviour is fully known; operations on other values depend on
// Python code we cannot see.
func builtinKind(v Value) bool {
	switch v.(type) {
	case NoneType, Bool, Int, String, Bytes, Tuple, List, *Dict:
		return true
	}
	return false
}

// hashable reports whether v may be a dict key.
func hashable(v Value) bool {
	switch v := v.(type) {
	case List, *Dict:
		return false
	case Tuple:
		for _, x := range v {
			if !hashable(x) {
				return false
			}
		}
	}
	return true
}
