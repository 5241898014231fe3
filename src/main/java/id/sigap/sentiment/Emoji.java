package id.sigap.sentiment;

/** Emoji to the few tokens the classifier reasons with. */
final class Emoji {

    /** The SOS button: the word "sos" itself, a cry for help like "tolong" alone (seventeenth session). */
    static final String SOS = "sos";
    /** Applause: with a complaint it mocks. */
    static final String CLAP = "emo_clap";

    /** The signal of a message of emoji only, crying or afraid among them ({@link #onlyDistress}). */
    static final String DISTRESS = "emoji-distress";
    private static final java.util.Set<String> DISTRESSED = java.util.Set.of("emo_sad", "emo_fear");

    private Emoji() {
    }

    /** Whether every token is an emoji's and one of them cries or fears ("😭😭", "🌋😰"; not "👍😢 makasih"). */
    static boolean onlyDistress(java.util.List<String> tokens) {
        return !tokens.isEmpty() && tokens.stream().allMatch(t -> t.startsWith("emo_") || t.equals(NormalisedText.BREAK))
                && tokens.stream().anyMatch(DISTRESSED::contains);
    }

    static String token(int cp) {
        return switch (cp) {
            case 0x1F600, 0x1F601, 0x1F603, 0x1F604, 0x1F606, 0x1F60A, 0x263A, 0x1F642, 0x1F60D, 0x1F970, 0x1F618,
                 0x1F917, 0x1F44D, 0x1F44C, 0x1F4AA, 0x1F525, 0x2764, 0x1F495, 0x1F496, 0x1F497, 0x1F49A, 0x1F499,
                 0x1F49C, 0x1F9E1, 0x1F49B, 0x1F4AF, 0x2728, 0x1F389, 0x1F64C, 0x1F929, 0x1F60E, 0x2705, 0x1F973,
                 0x1F607, 0x1F31F, 0x2B50 -> "emo_pos";
            case 0x1F44F -> CLAP;
            case 0x1F64F -> "emo_pray";
            case 0x1F602, 0x1F923, 0x1F605 -> "emo_laugh";
            case 0x1F622, 0x1F62D, 0x1F61E, 0x1F614, 0x1F61F, 0x1F629, 0x1F62B, 0x1F97A, 0x2639, 0x1F641, 0x1F625,
                 0x1F494, 0x1F613, 0x1F62A, 0x1F616, 0x1F623 -> "emo_sad";
            case 0x1F198 -> SOS;
            case 0x1F630, 0x1F628, 0x1F631, 0x26A0, 0x1F6A8, 0x1F627, 0x1F626 -> "emo_fear";
            case 0x1F621, 0x1F92C, 0x1F620, 0x1F47F, 0x1F4A2, 0x1F595, 0x1F44E, 0x1F4A9, 0x1F624 -> "emo_angry";
            case 0x1F643, 0x1F644, 0x1F612, 0x1F611, 0x1F926, 0x1F937, 0x1F610 -> "emo_sarc";
            default -> null;
        };
    }
}
