package id.sigap.conversation;

import id.sigap.sentiment.Classification;
import id.sigap.sentiment.Sentiment;

import java.util.List;
import java.util.function.Supplier;

/**
 * The signals one decision is made from. Retrieval is asked for only when the decision needs it (an
 * emergency, a keyboard mash or a greeting needs no search), so it is given as a supplier.
 *
 * @param mood      what the classifier read, or null when no classifier runs (evaluation of retrieval)
 * @param earlier   sentiments of the chat's earlier messages, oldest first, the current one excluded
 * @param reading   what kind of message it is, read from its words alone
 * @param retrieval what the knowledge base offers for it
 * @param rejectedOffer the entries offered as choices in the last turn, when this message says they missed ("bukan
 *                  itu, sy nanya jam buka posko"); empty otherwise
 */
record TurnFacts(Classification mood, List<Sentiment> earlier, Reading reading, Supplier<Found> retrieval,
                 List<String> rejectedOffer) {

    public TurnFacts {
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
        reading = reading == null ? Reading.QUESTION : reading;
        rejectedOffer = rejectedOffer == null ? List.of() : List.copyOf(rejectedOffer);
    }

    TurnFacts(Classification mood, List<Sentiment> earlier, Reading reading, Supplier<Found> retrieval) {
        this(mood, earlier, reading, retrieval, List.of());
    }

    /** What a message is, read from its words before any search. */
    public enum Reading {
        /** a question for the knowledge base */
        QUESTION,
        /** keyboard mash, a lone punctuation mark, one repeated letter */
        NOISE,
        /** a plea and a form of address, nothing else ("tolong min", "TOLONG KAK"): what is happening, and 112 */
        PLEA,
        /** nothing but a web address, with no question ("https://bit.ly/..."): what does the citizen want to know? */
        LINK,
        /** only that the last reply missed ("jawabannya gk nyambung", "that's not what I asked") */
        ANSWER_MISSED,
        /** greeting, thanks, praise, acknowledgement */
        SMALL_TALK,
        /**
         * a question about Sigap itself ("ini bot?", "botnya udh makan blm? jgn sampe kebanjiran jg ya", what it keeps,
         * which languages it reads): its honest reply, whatever concern the words carry
         */
        ABOUT_SIGAP,
        /** clearly outside what a provincial humas office answers (flights, sports, recipes...) */
        OUT_OF_SCOPE,
        /** an allegation or a political question about officials */
        SENSITIVE,
        /** a death in the writer's own family ("suami saya meninggal kena banjir"): condolences, then an answer or a person */
        BEREAVED,
        /**
         * one or two words that may still be a question ("skck?"): searched like one, but a request to rephrase
         * when nothing in the knowledge base shares a word with them ("p", "hmm", "suwun")
         */
        FRAGMENT
    }

    /**
     * What retrieval found, reduced to what the decision needs.
     *
     * @param confident     the best entry may be given as the answer
     * @param confidence    retrieval's confidence in the best entry
     * @param best          the best entry, or null
     * @param unanswerable  nothing in the knowledge base shares a word with the question
     * @param ambiguous     two unrelated entries score alike
     * @param plausible     distinct plausible entries to offer as choices, best first (at most three)
     * @param retrieved     the best entries, for a staff card
     * @param clarification an approved clarification entry that matches the question, or null
     * @param weak          the plausible entries are too weak to ask about: a person takes the question and they are
     *                      suggested beside the handoff ({@link id.sigap.conversation.ChoicePolicy#personBelow()})
     * @param freeOfCharge  an entry near the question that says its service costs nothing, when the question alleges money
     *                      asked for it ("ada oknum minta duit 200rb buat pendataan rumah rusak"), or null: sent while the
     *                      citizen waits for the person
     */
    public record Found(boolean confident, double confidence, String best, boolean unanswerable, boolean ambiguous,
                        List<String> plausible, List<String> retrieved, String clarification, boolean weak,
                        String freeOfCharge) {

        public static final Found NOTHING = new Found(false, Double.NaN, null, true, false, List.of(), List.of(), null);

        public Found {
            plausible = plausible == null ? List.of() : List.copyOf(plausible);
            retrieved = retrieved == null ? List.of() : List.copyOf(retrieved);
        }

        /** Found entries strong enough, when plausible, to be offered as choices on their own. */
        public Found(boolean confident, double confidence, String best, boolean unanswerable, boolean ambiguous,
                     List<String> plausible, List<String> retrieved, String clarification) {
            this(confident, confidence, best, unanswerable, ambiguous, plausible, retrieved, clarification, false, null);
        }

    }
}
