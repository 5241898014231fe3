package id.sigap.knowledge;

import id.sigap.knowledge.FrontMatter.Field;
import id.sigap.knowledge.FrontMatter.Issue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the restricted YAML of the contract's front matter: {@code key: scalar}, {@code key: [a, b]},
 * {@code key:} followed by {@code - item} lines, quoted scalars and {@code #} comments. Anything
 * else is reported with its line rather than guessed at, so that an editor sees exactly what to fix.
 */
final class FrontMatterParser {

    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:(.*)$");
    private static final Pattern ITEM_LINE = Pattern.compile("^\\s*-(?:\\s+(.*)|\\s*)$");

    private FrontMatterParser() {
    }

    static FrontMatter parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Issue> problems = new ArrayList<>();
        Map<String, Field> fields = new LinkedHashMap<>();

        int start = 0;
        while (start < lines.length && lines[start].isBlank()) {
            start++;
        }
        if (start == lines.length || !isFence(lines[start])) {
            problems.add(new Issue(Math.min(start, lines.length - 1) + 1,
                    "missing front matter: the file must start with a line '---'"));
            return new FrontMatter(fields, problems, "", 1, 1);
        }
        int end = -1;
        for (int i = start + 1; i < lines.length; i++) {
            if (isFence(lines[i])) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(new Issue(start + 1, "unterminated front matter: no closing '---' line"));
            return new FrontMatter(fields, problems, "", lines.length, start + 1);
        }

        String listKey = null;
        for (int i = start + 1; i < end; i++) {
            int lineNo = i + 1;
            String raw = stripBom(lines[i]);
            String content = stripComment(raw);
            if (content.isBlank()) {
                continue;
            }
            Matcher item = ITEM_LINE.matcher(content);
            if (item.matches()) {
                if (listKey == null) {
                    problems.add(new Issue(lineNo, "list item '- ...' outside a list key"));
                    continue;
                }
                String value = item.group(1) == null ? "" : unquote(item.group(1).strip());
                if (value.isEmpty()) {
                    problems.add(new Issue(lineNo, "empty list item in '" + listKey + "'"));
                } else {
                    fields.get(listKey).list().add(value);
                }
                continue;
            }
            if (Character.isWhitespace(content.charAt(0))) {
                problems.add(new Issue(lineNo, "unexpected indented line (only '- item' lines may be indented)"));
                continue;
            }
            Matcher key = KEY_LINE.matcher(content);
            if (!key.matches()) {
                problems.add(new Issue(lineNo, "cannot read this line: expected 'key: value'"));
                listKey = null;
                continue;
            }
            String name = key.group(1);
            String value = key.group(2).strip();
            listKey = null;
            if (fields.containsKey(name)) {
                problems.add(new Issue(lineNo, "duplicate key '" + name + "' (first on line "
                        + fields.get(name).line() + ")"));
                continue;
            }
            if (value.isEmpty()) {
                fields.put(name, new Field(name, lineNo, null, new ArrayList<>()));
                listKey = name;
            } else if (value.startsWith("[")) {
                if (!value.endsWith("]")) {
                    problems.add(new Issue(lineNo, "inline list of '" + name + "' does not end with ']'"));
                    continue;
                }
                fields.put(name, new Field(name, lineNo, null, inlineList(value.substring(1, value.length() - 1))));
            } else {
                fields.put(name, new Field(name, lineNo, unquote(value), null));
            }
        }
        StringBuilder body = new StringBuilder();
        for (int i = end + 1; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        return new FrontMatter(fields, problems, body.toString().strip(), end + 2, start + 1);
    }

    private static boolean isFence(String line) {
        return stripBom(line).strip().equals("---");
    }

    private static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
    }

    /** Drops a {@code #} comment: at the start of the line or after whitespace, outside quotes. */
    static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)))) {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line.stripTrailing();
    }

    private static List<String> inlineList(String inside) {
        List<String> items = new ArrayList<>();
        for (String part : inside.split(",")) {
            String item = unquote(part.strip());
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    private static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            char last = value.charAt(value.length() - 1);
            if ((first == '"' || first == '\'') && first == last) {
                return value.substring(1, value.length() - 1);
            }
        }
        return value;
    }
}
