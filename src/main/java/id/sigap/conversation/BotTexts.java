package id.sigap.conversation;

import id.sigap.texts.Texts;

/** Keys of what the bot says; the texts are in texts/warga.yaml under the prompts directory. */
final class BotTexts {

    private BotTexts() {
    }

    static final String START = Texts.citizen("bot.start");

    static final String HELP = Texts.citizen("bot.help");

    static final String PRIVACY = Texts.citizen("bot.privacy");

    static final String DELETED = Texts.citizen("bot.deleted");

    static final String HUMAN_REQUESTED = Texts.citizen("bot.human-requested");

    static final String NOT_YET_ABLE = Texts.citizen("bot.not-yet-able");

    static final String UNKNOWN_COMMAND = Texts.citizen("bot.unknown-command");

    static final String EMPTY = Texts.citizen("bot.empty");

    static final String TOO_LONG = Texts.citizen("bot.too-long");

    static final String STICKER = Texts.citizen("bot.sticker");

    /** After DELETED, when other servers of the office still have to delete their own copies. */
    static final String DELETED_ELSEWHERE_SOON = Texts.citizen("bot.deleted-elsewhere-soon");

    static final String DELETION_PENDING = Texts.citizen("bot.deletion-pending");

    static final String DELETION_NOT_RECORDED = Texts.citizen("bot.deletion-not-recorded");

    static final String MEDIA = Texts.citizen("bot.media");

    static final String LOCATION = Texts.citizen("bot.location");

    static final String EDITED = Texts.citizen("bot.edited");

    static final String UNKNOWN_BUTTON = Texts.citizen("bot.unknown-button");
}
