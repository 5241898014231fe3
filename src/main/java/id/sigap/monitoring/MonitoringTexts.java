package id.sigap.monitoring;

import id.sigap.texts.Texts;

/** What officers and group members read from issue monitoring; the texts are in texts/warga.yaml and texts/petugas.yaml. */
final class MonitoringTexts {

    static final String WATCH_ON = Texts.citizen("monitoring.watch-on");
    static final String WATCH_OFF = Texts.citizen("monitoring.watch-off");
    static final String WATCH_ALREADY_ON = Texts.citizen("monitoring.watch-already-on");
    static final String WATCH_ALREADY_OFF = Texts.citizen("monitoring.watch-already-off");
    static final String WATCH_STATUS_ON = Texts.citizen("monitoring.watch-status-on");
    static final String WATCH_STATUS_OFF = Texts.citizen("monitoring.watch-status-off");
    static final String WATCH_ONLY_GROUPS = Texts.citizen("monitoring.watch-only-groups");
    static final String OFFICE = Texts.officer("monitoring.office");

    static final String ALERT_TITLE_GROWTH = Texts.officer("monitoring.alert-title-growth");
    static final String ALERT_TITLE_NEGATIVE = Texts.officer("monitoring.alert-title-negative");
    static final String ALERT_BODY = Texts.officer("monitoring.alert-body");
    static final String ALERT_EXAMPLES = Texts.officer("monitoring.alert-examples");
    static final String ALERT_ENTRIES = Texts.officer("monitoring.alert-entries");
    static final String ALERT_NO_ENTRY = Texts.officer("monitoring.alert-no-entry");
    static final String ALERT_COORDINATED = Texts.officer("monitoring.alert-coordinated");

    static final String BRIEF_MESSAGE_TITLE = Texts.officer("monitoring.brief-message-title");
    static final String BRIEF_NO_ITEMS = Texts.officer("monitoring.brief-no-items");

    private MonitoringTexts() {
    }
}
