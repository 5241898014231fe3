package id.sigap.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms of a text used to recognise the same or nearly the same post: a normalised form (lower
 * case, accents, punctuation, links and mentions removed) and its hash for exact duplicates, and a
 * MinHash signature of its word 3-shingles for near-identical ones. MinHash is a few lines over the
 * shingle hashes; no library here offers it without pulling in a much larger framework.
 */
final class TextFingerprint {

    static final int SIGNATURE = 64;
    private static final Pattern LINK = Pattern.compile("https?://\\S+|www\\.\\S+|@\\w+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARK = Pattern.compile("\\p{M}");
    private static final long[] SEEDS_A = new long[SIGNATURE];
    private static final long[] SEEDS_B = new long[SIGNATURE];

    static {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261201L);
        for (int i = 0; i < SIGNATURE; i++) {
            SEEDS_A[i] = random.nextLong() | 1;
            SEEDS_B[i] = random.nextLong();
        }
    }

    private TextFingerprint() {
    }

    /**
     * A text's normalised form, computed once by the intake and handed to each step that reads it (hash, language,
     * area, near-duplicate signature).
     */
    record Normalised(String form) {

        boolean isEmpty() {
            return form.isEmpty();
        }

        /** 16 hex digits of SHA-256 over the form. */
        String hash() {
            return sha(form);
        }

        List<String> words() {
            List<String> words = new ArrayList<>();
            for (String w : form.split(" ")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            return words;
        }

        /** Word 3-shingles (whole words when the text is shorter). */
        Set<String> shingles() {
            String[] words = form.split(" ");
            Set<String> shingles = new LinkedHashSet<>();
            if (words.length < 3) {
                shingles.add(String.join(" ", words));
                return shingles;
            }
            for (int i = 0; i + 3 <= words.length; i++) {
                shingles.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
            }
            return shingles;
        }

        int[] minHash() {
            int[] signature = new int[SIGNATURE];
            java.util.Arrays.fill(signature, Integer.MAX_VALUE);
            for (String shingle : shingles()) {
                long h = mix(shingle.hashCode() * 0x9E3779B97F4A7C15L + shingle.length());
                for (int i = 0; i < SIGNATURE; i++) {
                    int v = (int) ((SEEDS_A[i] * h + SEEDS_B[i]) >>> 33);
                    if (v < signature[i]) {
                        signature[i] = v;
                    }
                }
            }
            return signature;
        }
    }

    /** Lower case, without accents, links, mentions and punctuation. */
    static Normalised of(String text) {
        String plain = MARK.matcher(Normalizer.normalize(LINK.matcher(text).replaceAll(" "), Normalizer.Form.NFKD))
                .replaceAll("").toLowerCase(Locale.ROOT);
        return new Normalised(NOT_WORD.matcher(plain).replaceAll(" ").strip());
    }

    static String normalised(String text) {
        return of(text).form();
    }

    /** 16 hex digits of SHA-256 over the normalised text. */
    static String hash(String text) {
        return of(text).hash();
    }

    static String sha(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A link without tracking parameters, fragment, "www." and trailing slash, for deduplication. */
    static String normalisedLink(String link) {
        String l = link.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.)?", "");
        int hash = l.indexOf('#');
        if (hash >= 0) {
            l = l.substring(0, hash);
        }
        l = l.replaceAll("([?&])(utm_[a-z]+|fbclid|gclid)=[^&]*", "$1").replaceAll("[?&]+$", "");
        return l.endsWith("/") ? l.substring(0, l.length() - 1) : l;
    }

    static int[] minHash(String text) {
        return of(text).minHash();
    }

    /** Estimated Jaccard similarity of the shingle sets: the share of equal signature positions. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIGNATURE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / SIGNATURE;
    }

    static String encode(int[] signature) {
        StringBuilder hex = new StringBuilder(SIGNATURE * 8);
        for (int v : signature) {
            hex.append(String.format("%08x", v));
        }
        return hex.toString();
    }

    static int[] decode(String hex) {
        int[] signature = new int[SIGNATURE];
        for (int i = 0; i < SIGNATURE; i++) {
            signature[i] = Integer.parseUnsignedInt(hex, i * 8, i * 8 + 8, 16);
        }
        return signature;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static List<String> words(String text) {
        return of(text).words();
    }
}
