package id.sigap.sentiment;

import id.sigap.texts.ResourceTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The patterns of a detector, read from a resource file the team edits ({@code sentiment/emergency.tsv},
 * {@code sentiment/human-request.tsv}; each file explains its lines): named word alternations ({@code WORDS}, used as
 * {@code {NAME}} in later patterns), rules ({@code RULE}: a signal, a cheap trigger or {@code -}, a pattern), named
 * patterns ({@code PATTERN}), request patterns ({@code REQUEST}) and cue texts ({@code CUE}). Any word a detector
 * looks for is in such a file, not in Java.
 */
final class DetectionPatterns {

    /** A rule; its cheap {@code trigger} (when set) must match before the costly pattern is tried. */
    record Rule(String signal, Pattern pattern, Pattern trigger) {
    }

    private final String resource;
    private final List<Rule> rules;
    private final Map<String, Pattern> named;
    private final List<Pattern> requests;
    private final List<String> cues;

    private DetectionPatterns(String resource, List<Rule> rules, Map<String, Pattern> named, List<Pattern> requests,
                              List<String> cues) {
        this.resource = resource;
        this.rules = rules;
        this.named = named;
        this.requests = requests;
        this.cues = cues;
    }

    static DetectionPatterns load(String resource) {
        Map<String, String> words = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        Map<String, Pattern> named = new HashMap<>();
        List<Pattern> requests = new ArrayList<>();
        List<String> cues = new ArrayList<>();
        ResourceTable.read(resource, (line, fields) -> {
            switch (fields[0]) {
                case "WORDS" -> words.put(field(resource, fields, 1), expand(resource, words, field(resource, fields, 2)));
                case "RULE" -> {
                    String trigger = field(resource, fields, 2);
                    rules.add(new Rule(field(resource, fields, 1), Pattern.compile(expand(resource, words, field(resource, fields, 3))),
                            trigger.equals("-") ? null : Pattern.compile(expand(resource, words, trigger))));
                }
                case "PATTERN" -> named.put(field(resource, fields, 1), Pattern.compile(expand(resource, words, field(resource, fields, 2))));
                case "REQUEST" -> requests.add(Pattern.compile(expand(resource, words, field(resource, fields, 1))));
                case "CUE" -> cues.add(field(resource, fields, 1));
                default -> throw new IllegalStateException(resource + ": unknown line kind " + fields[0]);
            }
        });
        return new DetectionPatterns(resource, List.copyOf(rules), Map.copyOf(named), List.copyOf(requests), List.copyOf(cues));
    }

    private static String field(String resource, String[] fields, int at) {
        if (at >= fields.length || fields[at].isEmpty()) {
            throw new IllegalStateException(resource + ": a " + fields[0] + " line needs " + (at + 1) + " fields: " + String.join(" | ", fields));
        }
        return fields[at];
    }

    private static String expand(String resource, Map<String, String> words, String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(pattern, i, pattern.length());
                break;
            }
            String name = pattern.substring(open + 1, close);
            out.append(pattern, i, open);
            if (name.matches("[A-Z_]+")) {
                String fragment = words.get(name);
                if (fragment == null) {
                    throw new IllegalStateException(resource + ": {" + name + "} is used before its WORDS line");
                }
                out.append(fragment);
            } else {
                out.append(pattern, open, close + 1); // a quantifier such as {0,40}
            }
            i = close + 1;
        }
        return out.toString();
    }

    List<Rule> rules() {
        return rules;
    }

    /**
     * The signals of the rules that match {@code joined} (a rule with a trigger only where its trigger is found), each
     * once, in file order, as {@code prefix + signal}.
     */
    List<String> signals(String joined, String prefix) {
        List<String> found = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.trigger() != null && !rule.trigger().matcher(joined).find()) {
                continue;
            }
            if (rule.pattern().matcher(joined).find() && !found.contains(prefix + rule.signal())) {
                found.add(prefix + rule.signal());
            }
        }
        return found;
    }

    /** A named pattern; fails at start-up when the file lacks it. */
    Pattern named(String name) {
        Pattern pattern = named.get(name);
        if (pattern == null) {
            throw new IllegalStateException(resource + " has no PATTERN " + name);
        }
        return pattern;
    }

    List<Pattern> requests() {
        return requests;
    }

    List<String> cues() {
        return cues;
    }
}
