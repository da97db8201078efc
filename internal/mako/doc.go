// Package mako renders Alembic's script.py.mako templates the way Mako 1.2
// and 1.3 do, without Python.
//
// `onehead merge` must write byte for byte the file `alembic merge` writes,
// and Alembic renders that file from the repository's own script.py.mako,
// which projects customise. Fingerprinting the stock templates would break on
// the first customised one, so this package interprets the template language
// itself: its lexer is a port of Mako's (mako/lexer.py), quirks included,
// because Mako compiles a template into Python and several of its
// whitespace rules are accidents of that (a `%%` line loses its first `%`,
// `<&` loses its `<`, a control line keeps no newline, the newline after
// `%>` stays).
//
// Every Python expression, condition and assignment in a template is parsed
// and evaluated by package python, which refuses what it cannot compute
// rather than guessing. The template language is supported as far as script
// templates use it: text, `${expr | filters}`, `%` control lines (if/elif/
// else, for/else), `##` comments, `<%doc>`, `<%text>`, `<% %>` blocks of
// plain assignments and `<%! %>` module blocks importing `re` or `datetime`.
// Defs, blocks, inheritance, namespaces, includes, `% while`, `% try` and
// the like are refused with an [*UnsupportedError] naming the construct and
// its line, as is anything that would need the clock (datetime.now) or an
// arbitrary module.
//
// Errors come in three kinds because the merge command must report them
// differently: a [*CompileError] is a template Mako itself would refuse to
// load, a [*RenderError] is an exception Mako would raise while rendering
// (Alembic's "Template rendering failed"), and an [*UnsupportedError] is a
// template Alembic may well render but onehead cannot without Python.
package mako
