package id.sigap.conversation;

import id.sigap.texts.Texts;

/** Keys of what the bot says; the texts are in texts/warga.yaml under the prompts directory. */
final class AnswerTexts {

    private AnswerTexts() {
    }

    static final String HANDOFF = Texts.citizen("answer.handoff");

    static final String HUMAN_REQUESTED = Texts.citizen("answer.human-requested");

    static final String MORE_AT_SOURCE = Texts.citizen("answer.more-at-source");

    static final String GREETING = Texts.citizen("answer.greeting");

    static final String SALAM = Texts.citizen("answer.salam");

    static final String THANKS = Texts.citizen("answer.thanks");

    static final String ACKNOWLEDGED = Texts.citizen("answer.acknowledged");
    static final String SEASON_GREETING = Texts.citizen("answer.season-greeting");
    static final String CARE = Texts.citizen("answer.care");
    static final String APOLOGY = Texts.citizen("answer.apology");
    static final String WISH = Texts.citizen("answer.wish");
    static final String CONDOLENCE = Texts.citizen("answer.condolence");
    static final String BANTER = Texts.citizen("answer.banter");

    static final String TEST = Texts.citizen("answer.test");

    /** The honest reply to a question about Sigap itself ("ini bot?"). */
    static final String ABOUT_BOT = Texts.citizen("answer.about-bot");

    static final String ABOUT_BOT_EN = Texts.citizenEnglish("answer.about-bot");

    /** The reply to a question about what Sigap keeps ("bot ini nyimpen nomor hp saya ga?"): the privacy notice of /privasi. */
    static final String ABOUT_DATA = Texts.citizen("bot.privacy");

    static final String ABOUT_DATA_EN = Texts.citizenEnglish("bot.privacy");

    /** The reply to a question about the languages Sigap reads ("bisa pakai bahasa jawa ga min"). */
    static final String ABOUT_LANGUAGES = Texts.citizen("answer.about-languages");

    static final String ABOUT_LANGUAGES_EN = Texts.citizenEnglish("answer.about-languages");

    static final String GREETING_EN = Texts.citizenEnglish("answer.greeting");

    static final String THANKS_EN = Texts.citizenEnglish("answer.thanks");

    static final String ACKNOWLEDGED_EN = Texts.citizenEnglish("answer.acknowledged");
    static final String SEASON_GREETING_EN = Texts.citizenEnglish("answer.season-greeting");
    static final String CARE_EN = Texts.citizenEnglish("answer.care");
    static final String APOLOGY_EN = Texts.citizenEnglish("answer.apology");
    static final String WISH_EN = Texts.citizenEnglish("answer.wish");
    static final String CONDOLENCE_EN = Texts.citizenEnglish("answer.condolence");
    static final String BANTER_EN = Texts.citizenEnglish("answer.banter");

    static final String TEST_EN = Texts.citizenEnglish("answer.test");

    static final String HANDOFF_EN = Texts.citizenEnglish("answer.handoff");
    /** Said first to a citizen who tells of a death in their family (before the answer or the handoff). */
    static final String CONDOLENCES = Texts.citizen("answer.condolences");
    /** {@link #CONDOLENCES} in English. */
    static final String CONDOLENCES_EN = Texts.citizenEnglish("answer.condolences");

    static final String HUMAN_REQUESTED_EN = Texts.citizenEnglish("answer.human-requested");

    /** The words before an answer's source for a citizen who wrote in English ("Source:"). */
    static final String SOURCE_EN = Texts.citizenEnglish("reply.source");

    /** Introduces an approved answer that exists only in Indonesian to a citizen who wrote in English. */
    static final String OFFICIAL_IN_INDONESIAN = Texts.citizenEnglish("answer.official-in-indonesian");

    static final String REPHRASE = Texts.citizen("answer.rephrase");

    static final String REPHRASE_EN = Texts.citizenEnglish("answer.rephrase");
    static final String REPHRASE_LINK = Texts.citizen("answer.rephrase-link");
    static final String REPHRASE_LINK_EN = Texts.citizenEnglish("answer.rephrase-link");
    static final String REPHRASE_PLEA = Texts.citizen("answer.rephrase-plea");
    static final String REPHRASE_PLEA_EN = Texts.citizenEnglish("answer.rephrase-plea");
    static final String REPHRASE_MISSED = Texts.citizen("answer.rephrase-missed");
    static final String REPHRASE_MISSED_EN = Texts.citizenEnglish("answer.rephrase-missed");

    static final String CHOICES = Texts.citizen("answer.choices");
    /** The header of entries suggested beside a handoff (too weak to ask "did you mean"). */
    static final String SUGGESTIONS = Texts.citizen("answer.suggestions");
    static final String SUGGESTIONS_EN = Texts.citizenEnglish("answer.suggestions");

    static final String CHOICES_EN = Texts.citizenEnglish("answer.choices");

    static final String NONE_OF_THESE = Texts.citizen("answer.none-of-these");

    static final String NONE_OF_THESE_EN = Texts.citizenEnglish("answer.none-of-these");

    static final String CHOICES_HINT = Texts.citizen("answer.choices-hint");

    static final String CHOICES_HINT_EN = Texts.citizenEnglish("answer.choices-hint");

    static final String CHOICE_EXPIRED = Texts.citizen("answer.choice-expired");

    static final String FEEDBACK_UP = Texts.citizen("answer.feedback-up");

    static final String FEEDBACK_DOWN = Texts.citizen("answer.feedback-down");

    static final String FEEDBACK_UP_EN = Texts.citizenEnglish("answer.feedback-up");

    static final String FEEDBACK_DOWN_EN = Texts.citizenEnglish("answer.feedback-down");

    /** The polite reply to a question outside the office's remit, and where such things are usually asked. */
    static String outsideRemit(OutsideRemit.Topic topic, Language language) {
        Texts.Book book = language == Language.EN ? Texts.Book.CITIZEN_ENGLISH : Texts.Book.CITIZEN;
        String where = Texts.get(book, "answer.outside-remit." + topic.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return Texts.get(book, "answer.outside-remit").formatted(where);
    }

    /** The request to rephrase that fits why it is asked: a link alone, a plea alone, a reply that missed, or noise. */
    static String rephrase(Decision decision, boolean en) {
        if (decision.has(Reason.LINK_ONLY)) {
            return en ? REPHRASE_LINK_EN : REPHRASE_LINK;
        }
        if (decision.has(Reason.PLEA)) {
            return en ? REPHRASE_PLEA_EN : REPHRASE_PLEA;
        }
        if (decision.has(Reason.ANSWER_MISSED)) {
            return en ? REPHRASE_MISSED_EN : REPHRASE_MISSED;
        }
        return en ? REPHRASE_EN : REPHRASE;
    }
}
