package id.sigap.broadcast;

import id.sigap.telegram.FakeBotApi;
import id.sigap.telegram.SigapCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark (bench/broadcast.sh, not part of the test run): one Sigap with the default Telegram limits
 * sends an update to N subscribers while ordinary chats keep asking; prints the delivery rate against
 * the configured limit and the ordinary chats' reply latency, before and during the broadcast.
 */
class BroadcastBench {

    static final String MARK = "Kabar resmi";

    @Test
    void deliveryRateAndReplyLatencyDuringABroadcast() throws Exception {
        int subscribers = Integer.getInteger("bench.subscribers", 2000);
        double questionsPerSecond = Double.parseDouble(System.getProperty("bench.questions-per-second", "5"));
        try (FakeBotApi api = new FakeBotApi()) {
            api.recordCalls(false);
            AtomicInteger delivered = new AtomicInteger();
            java.util.concurrent.atomic.AtomicLong firstAt = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong lastAt = new java.util.concurrent.atomic.AtomicLong();
            Map<Long, Long> answeredAt = new ConcurrentHashMap<>();
            api.listen(call -> {
                if (!call.method().equals("sendmessage") || call.status() != 200) {
                    return;
                }
                if (call.text().contains(MARK)) {
                    delivered.incrementAndGet();
                    firstAt.compareAndSet(0, call.atNanos());
                    lastAt.accumulateAndGet(call.atNanos(), Math::max);
                } else if (call.text().startsWith("jawaban: ")) {
                    answeredAt.putIfAbsent(Long.parseLong(call.params().get("chat_id")), System.nanoTime());
                }
            });
            Map<String, Object> extra = new LinkedHashMap<>();
            try (SigapCluster cluster = new SigapCluster(api, "polling", extra)) {
                cluster.start();
                var context = cluster.instance(0);
                double limit = context.getEnvironment().getProperty("sigap.telegram.global-per-second", Double.class, 30.0);
                Subscriptions subscriptions = context.getBean(Subscriptions.class);
                Area area = context.getBean(Areas.class).all().getFirst();
                for (int i = 0; i < subscribers; i++) {
                    subscriptions.subscribe(1_000_000 + i, area);
                }
                Thread.sleep(2_000);

                List<Long> before = ask(api, answeredAt, 2_000_000, 20, questionsPerSecond);
                BroadcastService service = context.getBean(BroadcastService.class);
                Broadcast b = service.draft("editor", "Uji kecepatan siaran: air naik, segera menuju posko terdekat.", null,
                        area.code(), null, null);
                long start = System.nanoTime();
                service.send("approver", b.id());
                List<Long> during = new ArrayList<>();
                long nextChat = 3_000_000;
                while (service.find(b.id()).orElseThrow().state() == Broadcast.State.SENDING) {
                    during.addAll(ask(api, answeredAt, nextChat, 1, questionsPerSecond));
                    nextChat += 1;
                }
                Receipt r = service.receipt(b.id());
                double seconds = (lastAt.get() - firstAt.get()) / 1e9;
                System.out.printf("BROADCAST BENCH subscribers=%d sent=%d, first to last message %.1f s: %.1f msg/s "
                                + "(configured limit %.0f/s, shared with replies); first message %.0f ms after sending began%n",
                        subscribers, r.sent(), seconds, (r.sent() - 1) / seconds, limit, (firstAt.get() - start) / 1e6);
                System.out.println("BROADCAST BENCH reply latency without a broadcast: " + summary(before));
                System.out.println("BROADCAST BENCH reply latency during the broadcast: " + summary(during)
                        + " (" + during.size() + " questions at " + questionsPerSecond + "/s)");
            }
        }
    }

    /** Asks {@code n} questions from new chats at the given rate; returns each one's reply latency in ms. */
    private static List<Long> ask(FakeBotApi api, Map<Long, Long> answeredAt, long firstChat, int n, double perSecond)
            throws InterruptedException {
        Map<Long, Long> askedAt = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            long chat = firstChat + i;
            askedAt.put(chat, System.nanoTime());
            api.sendText(chat, "pertanyaan uji " + i);
            Thread.sleep((long) (1000 / perSecond));
        }
        api.await(Duration.ofSeconds(60), a -> answeredAt.keySet().containsAll(askedAt.keySet()), "answers");
        List<Long> latencies = new ArrayList<>();
        askedAt.forEach((chat, at) -> latencies.add((answeredAt.get(chat) - at) / 1_000_000));
        return latencies;
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        sorted.sort(Long::compare);
        if (sorted.isEmpty()) {
            return "no questions";
        }
        return "p50 " + sorted.get(sorted.size() / 2) + " ms, p95 " + sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)
                + " ms, max " + sorted.getLast() + " ms";
    }
}
