package id.sigap.telegram;

import com.pengrad.telegrambot.TelegramBot;
import id.sigap.broadcast.BroadcastSettings;
import id.sigap.broadcast.BroadcastTransport.Delivery;
import id.sigap.conversation.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One update to one subscriber through the real client against the fake Bot API, and every answer mapped. */
class TelegramBroadcastTransportTest {

    static final FakeBotApi api = new FakeBotApi();

    @AfterAll
    static void close() {
        api.close();
    }

    private static TelegramBroadcastTransport transport() {
        TelegramBot bot = new TelegramBot.Builder(FakeBotApi.TOKEN).apiUrl(api.baseUrl() + "/bot").build();
        TelegramSettings lifted = new TelegramSettings(FakeBotApi.TOKEN, api.baseUrl(), null, null, null, 0, 0, 0, 0, 0, 0, 0,
                0, true, 0, null, 0, null);
        return new TelegramBroadcastTransport(bot, null, lifted, new BroadcastSettings(null, 0, true, 0, 0, null, null, null));
    }

    private static final Reply UPDATE = new Reply("📢 Kabar resmi · Kota Sangkara", "Air naik <1 m> & terus naik.",
            "https://bpbd.tirtaraya.go.id/x", List.of());

    @Test
    void sendsEscapedHtmlAndPaidBroadcastWhenAsked() {
        Delivery d = transport().deliver(4001, UPDATE, true);
        assertThat(d.status()).isEqualTo(Delivery.Status.SENT);
        assertThat(d.messageId()).isPositive();
        FakeBotApi.Call call = api.delivered(4001).getLast();
        assertThat(call.text()).contains("<b>📢 Kabar resmi · Kota Sangkara</b>", "Air naik &lt;1 m&gt; &amp; terus naik.");
        assertThat(call.params().get("allow_paid_broadcast")).isEqualTo("true");
        assertThat(call.params().get("parse_mode")).isEqualTo("HTML");

        transport().deliver(4002, UPDATE, false);
        assertThat(api.delivered(4002).getLast().params()).doesNotContainKey("allow_paid_broadcast");
    }

    @Test
    void mapsBlockedRateLimitedAndServerErrors() {
        api.block(4101);
        assertThat(transport().deliver(4101, UPDATE, false).status()).isEqualTo(Delivery.Status.BLOCKED);

        api.failNext("sendMessage", 1, 429, 7);
        Delivery slow = transport().deliver(4102, UPDATE, false);
        assertThat(slow.status()).isEqualTo(Delivery.Status.RETRY_AFTER);
        assertThat(slow.retryAfterMs()).isEqualTo(7_000);

        api.failNext("sendMessage", 1, 502, 0);
        assertThat(transport().deliver(4103, UPDATE, false).status()).isEqualTo(Delivery.Status.TRANSIENT);
        assertThat(transport().deliver(4103, UPDATE, false).status()).isEqualTo(Delivery.Status.SENT);
    }
}
