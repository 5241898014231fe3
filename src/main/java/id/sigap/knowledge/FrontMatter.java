package id.sigap.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The parsed front matter and body of one entry file, before validation.
 *
 * @param fields    the keys in file order
 * @param problems  syntax problems, each with its line
 * @param body      the text after the closing {@code ---}
 * @param bodyLine  the line the body starts on
 * @param startLine the line of the opening {@code ---}
 */
record FrontMatter(Map<String, Field> fields, List<Issue> problems, String body, int bodyLine, int startLine) {

    /** A key's value: a scalar, or a list (inline {@code [a, b]} or {@code - item} lines). */
    record Field(String key, int line, String scalar, List<String> list) {
        boolean isList() {
            return list != null;
        }
    }

    record Issue(int line, String message) {
    }
}
