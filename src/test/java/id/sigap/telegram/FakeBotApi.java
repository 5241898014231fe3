package id.sigap.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A fake Telegram Bot API server on loopback for end-to-end tests: it serves the methods Sigap uses,
 * keeps updates until a getUpdates offset confirms them (as Telegram does), records every call, and
 * can be told to answer with 429 or 5xx for a while.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-token";

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<Map<String, Object>> updates = new ArrayList<>();
    private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1000);
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private final AtomicLong confirmedOffset = new AtomicLong();
    private final List<java.util.function.Consumer<Call>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public FakeBotApi() {
        this(0);
    }

    /** A fake on a given loopback port (0: any free one), for a fake run as its own process. */
    public FakeBotApi(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /**
     * Points a Sigap under test at this fake: the bot token and API URL, short polls and sweeps, and a
     * fresh embedded Redis in its own data directory. Tests add their own properties after this.
     */
    public void configure(org.springframework.test.context.DynamicPropertyRegistry registry, String name) {
        registry.add("sigap.telegram.token", () -> TOKEN);
        registry.add("sigap.telegram.api-url", this::baseUrl);
        registry.add("sigap.telegram.poll-timeout-seconds", () -> 1);
        registry.add("sigap.telegram.sweep-ms", () -> 300);
        registry.add("sigap.redis-url", () -> "");
        registry.add("sigap.data-dir", () -> id.sigap.support.TestDirs.fresh(name).toString());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- what tests feed in ----

    /** Queues a private text message from {@code chatId}; returns its update id. */
    public int sendText(long chatId, String text) {
        return enqueue(Map.of("message", message(chatId, Map.of("text", text))));
    }

    public int sendMessage(long chatId, Map<String, Object> content) {
        return enqueue(Map.of("message", message(chatId, content)));
    }

    public int sendCallback(long chatId, String data) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", "cb-" + nextMessageId.incrementAndGet());
        query.put("from", user(chatId));
        query.put("chat_instance", "ci");
        query.put("data", data);
        query.put("message", message(chatId, Map.of("text", "kartu")));
        return enqueue(Map.of("callback_query", query));
    }

    /** A text from a given user in a chat (a group member), optionally replying to a message or in a topic. */
    public int sendTextFrom(long chatId, long userId, String firstName, String text, Integer replyTo, Long threadId) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("text", text);
        content.put("from", Map.of("id", userId, "is_bot", false, "first_name", firstName));
        if (replyTo != null) {
            content.put("reply_to_message", Map.of("message_id", replyTo, "date", now(),
                    "chat", chatId < 0 ? Map.of("id", chatId, "type", "supergroup", "title", "Grup")
                            : Map.of("id", chatId, "type", "private")));
        }
        if (threadId != null) {
            content.put("message_thread_id", threadId);
            content.put("is_topic_message", true);
        }
        return sendMessage(chatId, content);
    }

    /** A button press by a given user on a message in a chat. */
    public int sendCallbackFrom(long chatId, long userId, String firstName, String data) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", "cb-" + nextMessageId.incrementAndGet());
        query.put("from", Map.of("id", userId, "is_bot", false, "first_name", firstName));
        query.put("chat_instance", "ci");
        query.put("data", data);
        query.put("message", message(chatId, Map.of("text", "kartu")));
        return enqueue(Map.of("callback_query", query));
    }

    /** Whether createForumTopic succeeds (a group with topics) or is refused (a plain group). */
    public void forum(boolean enabled) {
        forum = enabled;
    }

    private volatile boolean forum;
    private final AtomicInteger nextThreadId = new AtomicInteger(500);

    /** Queues a raw update body (without update_id); returns the id given to it. */
    public int enqueue(Map<String, Object> body) {
        Map<String, Object> update = new LinkedHashMap<>();
        int id = nextUpdateId.incrementAndGet();
        update.put("update_id", id);
        update.putAll(body);
        offeredAt.put(id, System.nanoTime());
        synchronized (updates) {
            updates.add(update);
            updates.notifyAll();
        }
        return id;
    }

    /**
     * Restarts the update numbering lower, as Telegram may after a week without updates: the next update gets
     * {@code nextId}. Updates below a getUpdates offset still count as confirmed and are dropped.
     */
    public void restartUpdateIds(int nextId) {
        nextUpdateId.set(nextId - 1);
    }

    /** Delivers an update again even though its offset was confirmed, as a retried delivery would. */
    public void redeliver(int updateId) {
        synchronized (updates) {
            Map<String, Object> original = delivered.get(updateId);
            if (original == null) {
                throw new IllegalStateException("update " + updateId + " was never delivered");
            }
            Map<String, Object> copy = new LinkedHashMap<>(original);
            copy.put("__force", true);
            updates.add(copy);
            updates.notifyAll();
        }
    }

    private final Map<Integer, Map<String, Object>> delivered = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, Long> servedAt = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, Long> offeredAt = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * When the update was queued at the fake (System.nanoTime), i.e. when a citizen sent it: unlike
     * {@link #servedAt}, this includes any time the update waited at Telegram before the bot took it.
     */
    public Long offeredAt(int updateId) {
        return offeredAt.get(updateId);
    }

    /** When the update was first handed to the bot by getUpdates (System.nanoTime), or null. */
    public Long servedAt(int updateId) {
        return servedAt.get(updateId);
    }

    private final java.util.Set<String> blocked = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** From now on, messages to the chat are refused with 403 as when the user blocked the bot. */
    public void block(long chatId) {
        blocked.add(String.valueOf(chatId));
    }

    /** The next {@code count} calls of {@code method} fail with this HTTP status (429 carries retry_after). */
    public void failNext(String method, int count, int status, int retryAfterSeconds) {
        for (int i = 0; i < count; i++) {
            failures.add(new Failure(method.toLowerCase(Locale.ROOT), status, retryAfterSeconds));
        }
    }

    // ---- what tests read back ----

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public List<Call> calls(String method) {
        String wanted = method.toLowerCase(Locale.ROOT);
        return calls().stream().filter(c -> c.method().equals(wanted)).toList();
    }

    /** Messages accepted (HTTP 200) for the chat, in the order received. */
    public List<Call> delivered(long chatId) {
        return calls("sendMessage").stream()
                .filter(c -> c.status() == 200 && String.valueOf(chatId).equals(c.params().get("chat_id")))
                .toList();
    }

    public List<Call> deliveredMessages() {
        return calls("sendMessage").stream().filter(c -> c.status() == 200).toList();
    }

    /** Calls {@code listener} with every request as it is recorded (for large runs where scanning calls() is slow). */
    public void listen(java.util.function.Consumer<Call> listener) {
        listeners.add(listener);
    }

    /** Makes the fake keep no call history (large load runs count through {@link #listen}). */
    public void recordCalls(boolean record) {
        this.record = record;
    }

    private volatile boolean record = true;

    private void recordCall(Call call) {
        if (record) {
            calls.add(call);
        }
        for (java.util.function.Consumer<Call> listener : listeners) {
            listener.accept(call);
        }
    }

    public long confirmedOffset() {
        return confirmedOffset.get();
    }

    /** Waits until the condition over the recorded calls holds, or fails the test. */
    public void await(Duration timeout, Predicate<FakeBotApi> condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.test(this)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        calls().forEach(c -> System.err.println("CALL " + c.method() + " " + c.status() + " " + c.params()));
        throw new AssertionError("Timed out waiting for: " + what + "; calls: " + calls().size());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- the server ----

    /**
     * From now on, sendMessage is held to Telegram's limits as the fake sees them arrive: at most
     * {@code overallPerSecond} accepted in any one-second window over all chats, and per private chat a token
     * bucket of {@code chatPerSecond} with a burst of {@code chatBurst}. A message over a limit is refused with
     * 429 and {@code retry_after} 1, as Telegram does, and recorded with that status.
     */
    public void enforceTelegramLimits(int overallPerSecond, double chatPerSecond, int chatBurst) {
        limits = new Limits(overallPerSecond, chatPerSecond, chatBurst);
    }

    private volatile Limits limits;

    /** From now on, the fake takes this long to answer each sendMessage it carries out (a slow Telegram). */
    public void answerSendsAfter(Duration delay) {
        sendDelay = delay;
    }

    private volatile Duration sendDelay = Duration.ZERO;

    /** Telegram's limits as a fake can apply them; synchronized, the fake's own clock. */
    private static final class Limits {
        private final int overall;
        private final double chatPerMs;
        private final int burst;
        private final java.util.ArrayDeque<Long> accepted = new java.util.ArrayDeque<>();
        private final Map<String, double[]> chats = new java.util.HashMap<>();

        Limits(int overall, double chatPerSecond, int burst) {
            this.overall = overall;
            this.chatPerMs = chatPerSecond / 1000.0;
            this.burst = burst;
        }

        /** Takes the send if it is within both limits; false when Telegram would answer 429. */
        synchronized boolean take(String chatId) {
            long now = System.nanoTime() / 1_000_000;
            while (!accepted.isEmpty() && accepted.peekFirst() <= now - 1_000) {
                accepted.pollFirst();
            }
            double[] bucket = chats.computeIfAbsent(chatId, k -> new double[] {burst, now});
            double tokens = Math.min(burst, bucket[0] + (now - bucket[1]) * chatPerMs);
            bucket[0] = tokens;
            bucket[1] = now;
            if (accepted.size() >= overall || tokens < 1) {
                return false;
            }
            bucket[0] = tokens - 1;
            accepted.addLast(now);
            return true;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String prefix = "/bot" + TOKEN + "/";
        // An instance may be pointed at <base>/<tag> so that the fake can tell which one called.
        String via = "";
        int bot = path.indexOf(prefix);
        if (bot > 0 && path.lastIndexOf('/', bot - 1) == 0) {
            via = path.substring(1, bot);
            path = path.substring(bot);
        }
        if (!path.startsWith(prefix)) {
            respond(exchange, 404, Map.of("ok", false, "error_code", 404, "description", "Not Found"));
            return;
        }
        String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
        Map<String, String> params = parse(exchange);
        if (!via.isEmpty()) {
            params.put("__via", via);
        }
        Limits limits = this.limits;
        if (limits != null && method.equals("sendmessage") && !limits.take(params.getOrDefault("chat_id", ""))) {
            recordCall(new Call(method, params, 429, System.nanoTime()));
            respond(exchange, 429, Map.of("ok", false, "error_code", 429, "description", "Too Many Requests: retry after 1",
                    "parameters", Map.of("retry_after", 1)));
            return;
        }
        Failure failure = takeFailure(method);
        if (failure != null) {
            recordCall(new Call(method, params, failure.status(), System.nanoTime()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ok", false);
            body.put("error_code", failure.status());
            body.put("description", failure.status() == 429 ? "Too Many Requests: retry after " + failure.retryAfter()
                    : "Bad Gateway");
            if (failure.status() == 429) {
                body.put("parameters", Map.of("retry_after", failure.retryAfter()));
            }
            respond(exchange, failure.status(), body);
            return;
        }
        if (method.equals("sendmessage") && blocked.contains(params.getOrDefault("chat_id", ""))) {
            recordCall(new Call(method, params, 403, System.nanoTime()));
            respond(exchange, 403, Map.of("ok", false, "error_code", 403, "description", "Forbidden: bot was blocked by the user"));
            return;
        }
        Object result = switch (method) {
            case "getme" -> Map.of("id", 123456, "is_bot", true, "first_name", "Sigap", "username", "sigap_test_bot");
            case "getupdates" -> getUpdates(params);
            case "sendmessage" -> {
                int messageId = nextMessageId.incrementAndGet();
                params.put("__message_id", String.valueOf(messageId));
                yield Map.of("message_id", messageId, "date", now(),
                        "chat", Map.of("id", Long.parseLong(params.getOrDefault("chat_id", "0")), "type", "private"),
                        "text", params.getOrDefault("text", ""));
            }
            case "copymessage" -> Map.of("message_id", nextMessageId.incrementAndGet());
            case "createforumtopic" -> forum
                    ? Map.of("message_thread_id", nextThreadId.incrementAndGet(), "name", params.getOrDefault("name", ""),
                    "icon_color", 7322096)
                    : null;
            case "answercallbackquery", "setmycommands", "deletewebhook", "setwebhook", "editmessagetext" -> true;
            // Telegram answers an edit of a chat's message with the edited message.
            case "editmessagereplymarkup" -> Map.of("message_id", Integer.parseInt(params.getOrDefault("message_id", "0")),
                    "date", now(), "chat", Map.of("id", Long.parseLong(params.getOrDefault("chat_id", "0")), "type", "private"),
                    "text", "kartu");
            default -> null;
        };
        if (result == null && method.equals("createforumtopic")) {
            recordCall(new Call(method, params, 400, System.nanoTime()));
            respond(exchange, 400, Map.of("ok", false, "error_code", 400, "description", "Bad Request: the chat is not a forum"));
            return;
        }
        if (result == null) {
            recordCall(new Call(method, params, 404, System.nanoTime()));
            respond(exchange, 404, Map.of("ok", false, "error_code", 404, "description", "Not Found: method"));
            return;
        }
        if (method.equals("sendmessage") && params.getOrDefault("text", "").length() > 4096) {
            recordCall(new Call(method, params, 400, System.nanoTime()));
            respond(exchange, 400, Map.of("ok", false, "error_code", 400, "description", "Bad Request: message is too long"));
            return;
        }
        recordCall(new Call(method, params, 200, System.nanoTime()));
        if (method.equals("sendmessage") && !sendDelay.isZero()) {
            try {
                Thread.sleep(sendDelay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        respond(exchange, 200, Map.of("ok", true, "result", result));
    }

    private List<Map<String, Object>> getUpdates(Map<String, String> params) {
        long offset = Long.parseLong(params.getOrDefault("offset", "0"));
        int timeout = Integer.parseInt(params.getOrDefault("timeout", "0"));
        int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
        long deadline = System.currentTimeMillis() + timeout * 1000L;
        synchronized (updates) {
            confirmedOffset.accumulateAndGet(offset, Math::max);
            // Telegram forgets updates below the confirmed offset, except forced redeliveries.
            updates.removeIf(u -> !u.containsKey("__force") && ((Number) u.get("update_id")).longValue() < offset);
            while (updates.isEmpty() && System.currentTimeMillis() < deadline) {
                try {
                    updates.wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                updates.removeIf(u -> !u.containsKey("__force") && ((Number) u.get("update_id")).longValue() < offset);
            }
            List<Map<String, Object>> batch = new ArrayList<>();
            for (Map<String, Object> update : updates) {
                if (batch.size() >= limit) {
                    break;
                }
                Map<String, Object> copy = new LinkedHashMap<>(update);
                copy.remove("__force");
                batch.add(copy);
                delivered.put(((Number) update.get("update_id")).intValue(), copy);
                servedAt.putIfAbsent(((Number) update.get("update_id")).intValue(), System.nanoTime());
            }
            updates.removeIf(u -> u.containsKey("__force"));
            return batch;
        }
    }

    private Failure takeFailure(String method) {
        synchronized (failures) {
            for (Failure f : failures) {
                if (f.method().equals(method)) {
                    failures.remove(f);
                    return f;
                }
            }
        }
        return null;
    }

    private Map<String, String> parse(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, String> params = new LinkedHashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            params.putAll(form(query));
        }
        if (type.startsWith("application/json") && !body.isBlank()) {
            Map<?, ?> map = json.readValue(body, Map.class);
            map.forEach((k, v) -> params.put(String.valueOf(k), v instanceof String s ? s : json.writeValueAsString(v)));
        } else if (!body.isBlank()) {
            params.putAll(form(body));
        }
        return params;
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private void respond(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private Map<String, Object> message(long chatId, Map<String, Object> content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("message_id", nextMessageId.incrementAndGet());
        message.put("date", now());
        message.put("chat", chatId < 0 ? Map.of("id", chatId, "type", "supergroup", "title", "Grup")
                : Map.of("id", chatId, "type", "private", "first_name", "Warga"));
        message.put("from", user(Math.abs(chatId)));
        message.putAll(content);
        return message;
    }

    private static Map<String, Object> user(long id) {
        return Map.of("id", id, "is_bot", false, "first_name", "Warga", "language_code", "id");
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    /** One request the fake received. */
    public record Call(String method, Map<String, String> params, int status, long atNanos) {
        public String text() {
            return params.getOrDefault("text", "");
        }

        /** The id the fake gave the sent message. */
        public int messageId() {
            return Integer.parseInt(params.getOrDefault("__message_id", "0"));
        }
    }

    private record Failure(String method, int status, int retryAfter) {
    }
}
