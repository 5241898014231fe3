package id.sigap.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Threats to life and safety happening now: people trapped by water, injured, missing or swept away,
 * fire, electrocution, collapsing buildings, violence, medical emergencies, suicide hints. Scary words
 * used casually ("harga mati", "mati lampu", "asuransi kebakaran"), hypotheticals, rumours about
 * events that are over and a death or injury asked about for its paperwork ("santunan", "akta kematian") do not count.
 * The patterns and their words are in {@code sentiment/emergency.tsv}.
 */
final class EmergencyDetector {

    private static final DetectionPatterns PATTERNS = DetectionPatterns.load("sentiment/emergency.tsv");
    private static final Pattern ADULT_NOT_HOME = PATTERNS.named("ADULT_NOT_HOME");
    private static final Pattern MISSING_CONTEXT = PATTERNS.named("MISSING_CONTEXT");
    private static final Pattern PLEA_EMERGENCY = PATTERNS.named("PLEA_EMERGENCY");
    private static final Pattern PLEA = PATTERNS.named("PLEA");
    private static final Pattern NOT_A_PLEA = PATTERNS.named("NOT_A_PLEA");
    private static final Pattern DANGER_NOW = PATTERNS.named("DANGER_NOW");
    private static final Pattern DANGER = PATTERNS.named("DANGER");
    private static final Pattern PERSON_AT_RISK = PATTERNS.named("PERSON_AT_RISK");
    private static final Pattern URGENCY = PATTERNS.named("URGENCY");
    private static final Pattern CASUAL = PATTERNS.named("CASUAL");
    private static final Pattern RUMOUR = PATTERNS.named("RUMOUR");
    private static final Pattern PAPERWORK = PATTERNS.named("PAPERWORK");
    private static final Pattern NOT_AN_INJURY = PATTERNS.named("NOT_AN_INJURY");
    private static final Pattern DEATH = PATTERNS.named("DEATH");
    private static final Pattern PAST = PATTERNS.named("PAST");
    private static final Pattern RESOLVED = PATTERNS.named("RESOLVED");
    private static final Pattern STILL = PATTERNS.named("STILL");

    private static List<String> strongSignals(String joined) {
        List<String> found = new ArrayList<>();
        for (DetectionPatterns.Rule rule : PATTERNS.rules()) {
            if (rule.trigger() != null && !rule.trigger().matcher(joined).find()) {
                continue;
            }
            if (rule.pattern().matcher(joined).find() && !found.contains("emergency:" + rule.signal())) {
                found.add("emergency:" + rule.signal());
            }
        }
        return found;
    }

    /** The emergency signals found, empty when there is no emergency. */
    List<String> detect(NormalisedText text) {
        String joined = " " + text.joined() + " ";
        List<String> found = strongSignals(NOT_AN_INJURY.matcher(joined).replaceAll(" "));
        if (found.isEmpty() && ADULT_NOT_HOME.matcher(joined).find() && MISSING_CONTEXT.matcher(joined).find()) {
            found.add("emergency:missing");
        }
        if (found.isEmpty() && (DANGER_NOW.matcher(joined).find() || DANGER.matcher(joined).find()
                && (URGENCY.matcher(joined).find() || text.exclamations() >= 2)) && PERSON_AT_RISK.matcher(joined).find()) {
            found.add("emergency:people-at-risk");
        }
        boolean plea = PLEA.matcher(joined).find();
        if (found.isEmpty() && PLEA_EMERGENCY.matcher(joined).find() && !NOT_A_PLEA.matcher(joined).find()
                && (text.exclamations() >= 1 || plea)) {
            found.add("emergency:plea");
        }
        if (found.isEmpty()) {
            return found;
        }
        boolean still = STILL.matcher(joined).find() || text.exclamations() >= 2;
        if (CASUAL.matcher(joined).find() && !plea) {
            return List.of();
        }
        if (PAPERWORK.matcher(joined).find() && !still
                && strongSignals(DEATH.matcher(joined).replaceAll(" ")).isEmpty()) {
            // only the death itself was found, and it is asked about for its paperwork; an injury stays
            return List.of();
        }
        if (RUMOUR.matcher(joined).find() && !still) {
            return List.of();
        }
        if ((RESOLVED.matcher(joined).find() || PAST.matcher(joined).find()) && !still) {
            return List.of();
        }
        return found;
    }
}
