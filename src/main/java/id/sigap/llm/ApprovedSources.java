package id.sigap.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The approved entries an answer must be grounded in, read once for all rules: their ids, addresses,
 * numbers, words, and passages (the title with one or two neighbouring sentences) that a statement of
 * the answer must fit into. The citizen's question is deliberately not part of it.
 */
final class ApprovedSources {

    private final Set<String> ids = new HashSet<>();
    private final List<Links.Link> links = new ArrayList<>();
    private final Set<String> numberKeys = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final Set<Integer> codePoints = new HashSet<>();
    private final List<Passage> passages = new ArrayList<>();

    ApprovedSources(List<SourceText> sources) {
        for (SourceText s : sources) {
            ids.add(s.entryId());
            String canonical = GroundingText.canonical(s.title() + "\n" + s.text()
                    + (s.sourceUrl() == null ? "" : "\n" + s.sourceUrl()));
            canonical.codePoints().forEach(codePoints::add);
            links.addAll(Links.find(canonical));
            List<GroundingText.Sentence> title = GroundingText.sentences(
                    Links.without(GroundingText.canonical(s.title())), true);
            List<GroundingText.Sentence> body = GroundingText.sentences(
                    Links.without(GroundingText.canonical(s.text())), true);
            for (GroundingText.Sentence sentence : concat(title, body)) {
                for (GroundingText.Token t : sentence.tokens()) {
                    numberKeys.addAll(t.numbers());
                    words.add(t.key());
                    words.addAll(t.forms());
                }
            }
            for (int i = 0; i < body.size(); i++) {
                List<GroundingText.Sentence> window = new ArrayList<>(title);
                window.add(body.get(i));
                passages.add(new Passage(s.entryId(), window, true));
                if (i + 1 < body.size()) {
                    window = new ArrayList<>(window);
                    window.add(body.get(i + 1));
                    passages.add(new Passage(s.entryId(), window, false));
                }
            }
            if (body.isEmpty()) {
                passages.add(new Passage(s.entryId(), title, true));
            }
        }
    }

    Set<String> ids() {
        return ids;
    }

    List<Links.Link> links() {
        return links;
    }

    boolean hasNumber(Set<String> keys) {
        return keys.stream().anyMatch(numberKeys::contains);
    }

    /** The word appears anywhere in the sources, in any of its forms. */
    boolean hasWord(GroundingText.Token token) {
        return token.forms().stream().anyMatch(words::contains);
    }

    boolean hasCodePoint(int cp) {
        return codePoints.contains(cp);
    }

    List<Passage> passages() {
        return passages;
    }

    private static List<GroundingText.Sentence> concat(List<GroundingText.Sentence> a, List<GroundingText.Sentence> b) {
        List<GroundingText.Sentence> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
