package id.sigap.knowledge;

import id.sigap.knowledge.FrontMatter.Field;
import id.sigap.knowledge.FrontMatter.Issue;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an entry file into its front matter and body, and reads the front matter with SnakeYAML
 * Engine's composer (YAML 1.2, so a plain {@code sabtu?} in an inline list is text) (node tree with marks, no object construction, so dates and numbers stay text). The contract
 * allows a key with a scalar or a list of scalars; anything else, and every YAML syntax error, is
 * reported with its line in the file so that an editor sees exactly what to fix.
 */
final class FrontMatterParser {

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
        // The YAML text keeps its line numbers: the lines up to the opening fence become empty lines.
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < end; i++) {
            yaml.append(i <= start ? "" : stripBom(lines[i])).append('\n');
        }
        readFields(yaml.toString(), fields, problems);

        StringBuilder body = new StringBuilder();
        for (int i = end + 1; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        return new FrontMatter(fields, problems, body.toString().strip(), end + 2, start + 1);
    }

    private static void readFields(String yaml, Map<String, Field> fields, List<Issue> problems) {
        Node root;
        try {
            root = new Compose(settings()).composeReader(new StringReader(yaml)).orElse(null);
        } catch (MarkedYamlEngineException e) {
            // The context mark is where the broken construct began (the opening quote, the key), the better line to show.
            Mark mark = e.getContextMark().or(e::getProblemMark).orElse(null);
            problems.add(new Issue(mark == null ? 1 : mark.getLine() + 1, "not valid YAML: " + describe(e)));
            return;
        } catch (YamlEngineException e) {
            problems.add(new Issue(1, "not valid YAML: " + e.getMessage()));
            return;
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new Issue(line(root), "the front matter must be 'key: value' lines"));
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            int lineNo = line(tuple.getKeyNode());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(new Issue(lineNo, "a key must be a plain name"));
                continue;
            }
            String name = keyNode.getValue();
            if (fields.containsKey(name)) {
                problems.add(new Issue(lineNo, "duplicate key '" + name + "' (first on line " + fields.get(name).line() + ")"));
                continue;
            }
            Node value = tuple.getValueNode();
            if (value instanceof ScalarNode scalar) {
                String s = scalar.getValue().strip();
                // 'questions:' with nothing after it is an empty list in the contract's examples.
                fields.put(name, s.isEmpty() && isNullTag(scalar)
                        ? new Field(name, lineNo, null, new ArrayList<>())
                        : new Field(name, lineNo, s, null));
            } else if (value instanceof SequenceNode sequence) {
                List<String> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                        items.add(s.getValue().strip());
                    } else if (item instanceof ScalarNode) {
                        problems.add(new Issue(line(item), "empty list item in '" + name + "'"));
                    } else {
                        problems.add(new Issue(line(item), "a list item of '" + name + "' must be plain text"));
                    }
                }
                fields.put(name, new Field(name, lineNo, null, items));
            } else {
                problems.add(new Issue(line(value), "'" + name + "' must be a value or a list, not a nested mapping"));
            }
        }
    }

    private static LoadSettings settings() {
        return LoadSettings.builder()
                .setAllowDuplicateKeys(true) // reported above with both lines
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(1_000_000)
                .build();
    }

    private static boolean isNullTag(ScalarNode node) {
        return node.getTag().getValue().endsWith(":null") || node.getValue().isEmpty();
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        return problem.replace('\n', ' ').strip();
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private static boolean isFence(String line) {
        return stripBom(line).strip().equals("---");
    }

    private static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
    }
}
