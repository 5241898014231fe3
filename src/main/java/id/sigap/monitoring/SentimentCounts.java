package id.sigap.monitoring;

import id.sigap.sentiment.Sentiment;

import java.util.Collection;

/**
 * How many items fell in each of the four classes.
 *
 * @param positif           positif items
 * @param netral            netral items (and items not in Indonesian, which are not classified)
 * @param berpotensiNegatif berpotensi negatif items
 * @param negatif           negatif items
 */
record SentimentCounts(int positif, int netral, int berpotensiNegatif, int negatif) {

    public static final SentimentCounts NONE = new SentimentCounts(0, 0, 0, 0);

    static SentimentCounts of(Collection<MonitoredItem> items) {
        int[] n = new int[4];
        for (MonitoredItem item : items) {
            n[item.sentiment().ordinal()]++;
        }
        return new SentimentCounts(n[0], n[1], n[2], n[3]);
    }

    public int total() {
        return positif + netral + berpotensiNegatif + negatif;
    }

    public int negative() {
        return berpotensiNegatif + negatif;
    }

    /** Share of negatif + berpotensi negatif, 0 when there are no items. */
    public double negativeShare() {
        return total() == 0 ? 0 : (double) negative() / total();
    }

    public int count(Sentiment sentiment) {
        return switch (sentiment) {
            case POSITIF -> positif;
            case NETRAL -> netral;
            case BERPOTENSI_NEGATIF -> berpotensiNegatif;
            case NEGATIF -> negatif;
        };
    }
}
