package id.sigap.broadcast;

import id.sigap.texts.Texts;
import java.util.List;
import java.util.stream.Collectors;

/** What subscribers and staff read about updates, from texts/warga.yaml and texts/petugas.yaml. */
final class BroadcastTexts {

    private BroadcastTexts() {
    }

    static final String FOOTER = Texts.citizen("broadcast.footer");

    static final String CHOOSE = Texts.citizen("broadcast.choose");

    static final String PRIVATE_ONLY = Texts.citizen("broadcast.private-only");

    static final String ONLY_TELEGRAM = Texts.citizen("broadcast.only-telegram");

    static final String STOPPED = Texts.citizen("broadcast.stopped");

    static final String NOT_SUBSCRIBED = Texts.citizen("broadcast.not-subscribed");

    static final String NONE_CHOSEN = Texts.citizen("broadcast.none-chosen");

    static final String DONE_BUTTON = Texts.citizen("broadcast.done-button");

    static String confirmed(List<String> areaNames) {
        return Texts.citizen("broadcast.confirmed").formatted(String.join(", ", areaNames));
    }

    static String toggled(boolean subscribed, String areaName) {
        return Texts.citizen(subscribed ? "broadcast.subscribed" : "broadcast.unsubscribed").formatted(areaName);
    }

    static String title(Broadcast b, Areas areas) {
        return Texts.citizen("broadcast.title").formatted(areaNames(b, areas));
    }

    static String noticeTitle(Broadcast b) {
        return Texts.citizen("broadcast.notice-title");
    }

    static String areaNames(Broadcast b, Areas areas) {
        return b.areas().stream().map(areas::nameOf).collect(Collectors.joining(", "));
    }

    static final String URGENT_USAGE = Texts.officer("broadcast.urgent-usage");

    static final String NOT_APPROVER = Texts.officer("broadcast.not-approver");
}
