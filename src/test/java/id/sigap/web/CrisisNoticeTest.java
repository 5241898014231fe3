package id.sigap.web;

import id.sigap.audit.AuditLog;
import id.sigap.conversation.ConversationResult;
import id.sigap.conversation.ConversationService;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.Reply;
import id.sigap.notice.CrisisNotice;
import id.sigap.notice.CrisisNotices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** An active crisis notice comes first in answers on its topic, and only there, until withdrawn. */
class CrisisNoticeTest extends ConsoleTestSupport {

    @Autowired
    CrisisNotices notices;

    @Autowired
    ConversationService conversation;

    @Autowired
    AuditLog audit;

    private ConversationResult ask(long chat, String text) {
        return conversation.handle(IncomingMessage.text("test", chat, chat, text));
    }

    @Test
    void answersOnTheTopicCarryTheNoticeFirstUntilItIsWithdrawn() {
        Instant now = Instant.now();
        CrisisNotice notice = notices.publish("editor-uji", "", "Layanan kesehatan gratis diperpanjang; tunggu pengumuman resmi.",
                "kesehatan, puskesmas", now.minusSeconds(60), now.plus(Duration.ofHours(2)));

        ConversationResult onTopic = ask(701, "apakah berobat gratis untuk korban banjir");
        assertThat(onTopic.decision().outcome().name()).isEqualTo("ANSWER");
        Reply first = onTopic.replies().getFirst();
        assertThat(first.title()).isEqualTo(CrisisNotices.TITLE);
        assertThat(first.text()).contains("diperpanjang");
        assertThat(onTopic.decision().reasons()).contains(id.sigap.conversation.Reason.CRISIS_NOTICE);

        ConversationResult offTopic = ask(702, "di mana posko pengungsian terdekat?");
        assertThat(offTopic.replies()).noneMatch(r -> CrisisNotices.TITLE.equals(r.title()));

        notices.withdraw("editor-uji", notice.id());
        ConversationResult after = ask(703, "apakah berobat gratis untuk korban banjir");
        assertThat(after.replies()).noneMatch(r -> CrisisNotices.TITLE.equals(r.title()));
        assertThat(audit.recent(50, notice.id())).extracting(r -> r.action())
                .contains("pemberitahuan.terbit", "pemberitahuan.tarik");
    }

    @Test
    void anExpiredNoticeIsNotShown() {
        Instant now = Instant.now();
        notices.publish("editor-uji", "Lama", "Pernyataan lama tentang listrik padam.", "listrik",
                now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));
        assertThat(notices.noticeFor("kapan listrik menyala lagi?", java.util.List.of())).isEmpty();
    }
}
