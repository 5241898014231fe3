package id.sigap.monitoring;

/**
 * A word that jumped against its background: counted in the last window, and what its baseline rate
 * would give for a window of that length.
 */
record RisingTerm(String word, int recent, double expected) {
}
