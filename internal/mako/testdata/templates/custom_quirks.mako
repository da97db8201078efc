<%doc>
    A template full of Mako corner cases.
</%doc>
%% not a control line
  %% indented percent
## a comment line
text ## not a comment
a long \
line joined
<%text>${raw} % if</%text>
${ {'a': 1}['a'] } ${'}'} ${"|"} ${"a" "b"} ${} ${message, }
${message | h} ${message | x} ${message | u} ${message | trim} ${message | entity}
${message | h, h} ${message | h, trim, h} ${message | str, h} ${down_revision | n, comma}
  % if up_revision:
    indented if: ${up_revision[:4]}
  % endif trailing text
% for i, c in enumerate(up_revision) if False else [(0, "a"), (1, "b")]:
${i}=${c}\
% endfor

% for engine in ["engine1", "engine2"]:
${engine}
% else:
done
% endfor
<% slug = message.strip().lower().replace(" ", "_") %>${slug}
${UNDEFINED is Undefined} ${imports is UNDEFINED} ${message is UNDEFINED}
${context.get("message")} ${context.get("nope", "default")} ${context.get("repr")(1)}
