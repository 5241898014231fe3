package id.sigap.sentiment;

import java.util.Locale;

/** The four classes humas offices read public opinion in. */
public enum Sentiment {
    POSITIF, NETRAL, BERPOTENSI_NEGATIF, NEGATIF;

    /** The label of the contract: {@code positif}, {@code netral}, {@code berpotensi_negatif}, {@code negatif}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the class is one of the two negative ones. */
    public boolean isNegative() {
        return this == BERPOTENSI_NEGATIF || this == NEGATIF;
    }

    /** Parses a contract label (also accepts "berpotensi negatif" with a space). */
    public static Sentiment fromLabel(String label) {
        String key = label.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Sentiment.valueOf(key);
    }
}
