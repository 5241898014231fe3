package id.sigap.conversation;

import java.util.List;

/**
 * Why the bot replied the way it did; recorded with every turn.
 *
 * @param outcome what the pipeline decided
 * @param reasons machine-readable reasons, such as {@code command:start} or {@code low-confidence}
 */
public record Decision(Outcome outcome, List<String> reasons) {

    public Decision {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public static Decision of(Outcome outcome, String... reasons) {
        return new Decision(outcome, List.of(reasons));
    }

    public enum Outcome {
        /** answered from the knowledge base */
        ANSWER,
        /** greeting, thanks or small talk, answered without retrieval */
        SMALL_TALK,
        /** a bot command such as /start */
        COMMAND,
        /** handed to humas staff */
        HANDOFF,
        /** content the bot cannot read (sticker, voice...) answered with an explanation */
        UNSUPPORTED,
        /** deliberately not answered (channel posts, other groups, service messages) */
        IGNORED,
        /** the bot could not answer yet and said so */
        FALLBACK
    }
}
