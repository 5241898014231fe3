package id.sigap.retrieval;

import id.sigap.knowledge.Markdown;
import id.sigap.knowledge.KnowledgeEntry;

import java.util.List;

/**
 * The embedding vectors of one snapshot, several per entry (each question phrasing, the title, each
 * paragraph), unit length, in one flat array so that a brute-force scan stays cache-friendly:
 * 5,000 entries of 6 vectors of 384 floats are scanned in a few milliseconds.
 */
final class EntryVectors {

    private final float[] data;
    private final int[] owner;
    private final int dimension;
    private final int entries;

    EntryVectors(float[] data, int[] owner, int dimension, int entries) {
        this.data = data;
        this.owner = owner;
        this.dimension = dimension;
        this.entries = entries;
    }

    static EntryVectors empty() {
        return new EntryVectors(new float[0], new int[0], 0, 0);
    }

    int size() {
        return owner.length;
    }

    /** For each entry, the highest cosine between the query and any of its vectors (-1 when none). */
    double[] maxSimilarity(float[] query) {
        double[] best = new double[entries];
        java.util.Arrays.fill(best, -1);
        if (query.length != dimension) {
            return best;
        }
        for (int row = 0; row < owner.length; row++) {
            int base = row * dimension;
            float dot = 0;
            for (int i = 0; i < dimension; i++) {
                dot += data[base + i] * query[i];
            }
            if (dot > best[owner[row]]) {
                best[owner[row]] = dot;
            }
        }
        return best;
    }

    /** The texts embedded for an entry, normalised: title, each phrasing, each paragraph with the title. */
    static List<String> textsOf(KnowledgeEntry entry) {
        String title = IndonesianNormalizer.normalize(entry.title());
        java.util.ArrayList<String> texts = new java.util.ArrayList<>();
        texts.add(title);
        for (String question : entry.questions()) {
            texts.add(IndonesianNormalizer.normalize(question));
        }
        int paragraphs = 0;
        for (String paragraph : entry.body().split("\\n\\s*\\n")) {
            String p = IndonesianNormalizer.normalize(Markdown.plain(paragraph));
            if (p.length() >= 20 && paragraphs++ < 6) {
                texts.add(title + ". " + p);
            }
        }
        return texts;
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        if (norm == 0) {
            return out;
        }
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
