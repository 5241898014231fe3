package id.sigap.retrieval;

/** Finds the approved entries that answer a citizen's question, with a calibrated confidence. */
public interface KnowledgeRetriever {

    RetrievalResult retrieve(String question);

    /**
     * Whether a result found for {@code question} read together with an earlier question (a follow-up) still
     * answers what the question itself names; a retriever that cannot tell keeps every such result.
     */
    default boolean keepsTopic(String question, RetrievalResult inContext) {
        return true;
    }

    /**
     * Whether {@code result}, found for {@code question} (a part of {@code message}), rests only on words that tell its
     * first entry apart from entries of its kind (a place's name among the regions' shelters), while the message names
     * nothing of the kind (no title word the entry shares with them); a retriever that cannot tell says no.
     */
    default boolean onlyTellsApart(String question, String message, RetrievalResult result) {
        return false;
    }

    /**
     * Whether {@code message} names the kind of the first entry of {@code result} among the entries of its kind (a word
     * of its title theirs have too: "posko" for a region's shelters); a retriever that cannot tell says no.
     */
    default boolean namesItsKind(String message, RetrievalResult result) {
        return false;
    }

    /**
     * Of {@code entryIds}, those that {@code question}, about something each lacks, shares nothing with but its name among
     * the entries of its kind (a place's name among the regions' shelters), or nothing at all, while naming nothing of
     * the kind: no entries to offer as choices ("jam buka disdukcapil batu sari" and Batu Sari's shelters, or Lembah
     * Hijau's); a retriever that cannot tell finds none.
     */
    default java.util.Set<String> notAskedAbout(String question, java.util.List<String> entryIds) {
        return java.util.Set.of();
    }

    /**
     * Whether {@code message} names an office (prompts/office-names.txt) that the first entry of {@code result} names
     * nowhere and that the title of one of its other hits names: the message is about that office's service. A retriever
     * that cannot tell says no.
     */
    default boolean namesTheOfficeOfAnother(String message, RetrievalResult result) {
        return false;
    }

    /**
     * Of {@code entryIds}, those whose text has no topical word of {@code question} (a word that says what is asked: not
     * generic, not in many entries): found by the sense of the words alone, or by how and when they ask. A retriever
     * that cannot tell finds none.
     */
    default java.util.Set<String> shareNoTopic(String question, java.util.List<String> entryIds) {
        return java.util.Set.of();
    }

    /**
     * The crises {@code text} names, by the office's list of crises and their words (prompts/events.txt: "longsor",
     * "gempa", "rob"); a retriever that cannot tell finds none.
     */
    default java.util.Set<String> crisesNamed(String text) {
        return java.util.Set.of();
    }

    /**
     * Whether {@code result}, found for {@code question}, rests on one word: its first entry shares one of the question's
     * topic words ({@code RetrievalIndex.topicTerms}) and the question has others the entry lacks, words no entry has
     * among them, or the entry is a fact-check (tagged {@code hoaks}), which one shared word never makes sure. A retriever
     * that cannot tell says no.
     */
    default boolean restsOnOneWord(String question, RetrievalResult result) {
        return false;
    }
}
