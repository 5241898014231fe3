package id.sigap.transcript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Generates realistic transcript files for tests: citizens' questions through the day (quiet at night,
 * busy in the morning and evening), answers, handoffs with claims, staff replies and ratings, 👍/👎 and
 * a few recurring questions the knowledge base cannot answer, in the JSONL form the recorder writes.
 */
public final class WeekOfTraffic {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private static final double[] HOURLY = {0.2, 0.1, 0.1, 0.1, 0.3, 0.8, 1.5, 2.5, 3.5, 3.8, 3.4, 3.0, 2.6, 2.8,
            3.0, 2.7, 2.4, 2.2, 2.6, 3.2, 3.0, 2.0, 1.1, 0.5};

    private static final Map<String, List<String>> ANSWERABLE = Map.of(
            "banjir-posko-pengungsian", List.of("di mana posko pengungsian terdekat?", "posko pengungsian banjir di mana ya",
                    "lokasi posko pengungsian kecamatan cileunyi"),
            "bansos-banjir-syarat", List.of("syarat bantuan banjir apa saja", "bagaimana cara daftar bantuan korban banjir"),
            "ktp-hilang", List.of("ktp saya hilang kena banjir, urusnya gimana", "cara mengurus ktp yang hilang"),
            "jalan-ditutup", List.of("jalan mana saja yang ditutup hari ini", "apakah jalan soekarno hatta ditutup"),
            "air-bersih-distribusi", List.of("kapan distribusi air bersih", "jadwal tangki air bersih di rw 05"));

    private static final List<List<String>> GAPS = List.of(
            List.of("jadwal vaksin rabies untuk kucing kapan", "kapan jadwal vaksin rabies kucing", "vaksin rabies kucing jadwalnya kapan ya"),
            List.of("apakah sekolah diliburkan besok karena banjir", "sekolah libur besok karena banjir?", "besok sekolah diliburkan tidak"),
            List.of("cara klaim asuransi motor terendam banjir", "klaim asuransi motor kena banjir gimana"),
            List.of("kapan listrik pln menyala lagi", "listrik pln padam kapan menyala lagi"),
            List.of("pembuatan akta kelahiran online syaratnya", "syarat akta kelahiran online"));

    private static final List<String> NEGATIVE = List.of("sudah 3 hari bantuan belum datang, kecewa sekali",
            "petugas lambat sekali, air sudah setinggi dada", "pelayanan buruk, telepon [TELEPON] tidak diangkat");

    private WeekOfTraffic() {
    }

    /** Writes {@code days} days from {@code first}, about {@code perDay} citizen turns a day; returns the records written. */
    public static int write(Path dataDir, LocalDate first, int days, int perDay, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Path dir = TranscriptFiles.directory(dataDir);
        int written = 0;
        double hourSum = 0;
        for (double h : HOURLY) {
            hourSum += h;
        }
        List<String> entries = new ArrayList<>(ANSWERABLE.keySet());
        entries.sort(null);
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            List<TranscriptRecord> records = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                int n = (int) Math.round(perDay * HOURLY[hour] / hourSum * (0.8 + 0.4 * random.nextDouble()));
                for (int i = 0; i < n; i++) {
                    Instant at = ZonedDateTime.of(day.atTime(hour, random.nextInt(60), random.nextInt(60)), ZONE).toInstant();
                    turn(records, random, at, entries);
                }
            }
            records.sort((a, b) -> a.time().compareTo(b.time()));
            written += append(dir, day, records);
        }
        return written;
    }

    private static void turn(List<TranscriptRecord> out, SplittableRandom random, Instant at, List<String> entries) {
        // Citizens come back: chats are drawn from a pool, so some have several turns.
        String chat = Long.toHexString(0x100000000L + random.nextInt(1500));
        double roll = random.nextDouble();
        Map<String, Long> stages = Map.of("classify", 800L + random.nextInt(400), "retrieve", 9_000L + random.nextInt(20_000),
                "compose", 2_000L + random.nextInt(5_000));
        long latency = stages.values().stream().mapToLong(Long::longValue).sum();
        if (roll < 0.08) {
            out.add(TranscriptRecord.turn(at, chat, "telegram", "TEXT", "/start", null, List.of(), null, null, null,
                    null, null, List.of(), null, null, "COMMAND", List.of("command:start"), List.of("Halo! Saya Sigap..."),
                    null, null, Map.of(), 300L));
            return;
        }
        String sentiment = sentiment(random);
        if (roll < 0.70) {
            String entry = entries.get(random.nextInt(entries.size()));
            List<String> wordings = ANSWERABLE.get(entry);
            String text = wordings.get(random.nextInt(wordings.size()));
            double score = 0.7 + 0.3 * random.nextDouble();
            out.add(TranscriptRecord.turn(at, chat, "telegram", "TEXT", text, text, List.of(), "id", sentiment,
                    0.6 + 0.4 * random.nextDouble(), false, false,
                    List.of(new TranscriptRecord.Retrieved(entry, score), new TranscriptRecord.Retrieved("lain-lain", score / 2)),
                    score, "kb-2026-01", "ANSWER", List.of("confident"), List.of("Jawaban resmi..."),
                    random.nextDouble() < 0.3 ? "generated" : "extractive", "gpt-4o-mini", stages, latency));
            if (random.nextDouble() < 0.25) {
                boolean helpful = random.nextDouble() < (entry.equals("jalan-ditutup") ? 0.35 : 0.85);
                out.add(TranscriptRecord.feedback(at.plusSeconds(30 + random.nextInt(300)), chat, "telegram", entry, helpful));
            }
            return;
        }
        if (roll < 0.82) {
            List<String> gap = GAPS.get(Math.min(GAPS.size() - 1, (int) (Math.abs(random.nextDouble() * random.nextDouble()) * GAPS.size() * 1.6)));
            String text = gap.get(random.nextInt(gap.size()));
            boolean fallback = random.nextDouble() < 0.3;
            out.add(TranscriptRecord.turn(at, chat, "telegram", "TEXT", text, text, List.of(), "id", sentiment, 0.7, false, false,
                    List.of(new TranscriptRecord.Retrieved("lain-lain", 0.2)), 0.2, "kb-2026-01",
                    fallback ? "FALLBACK" : "HANDOFF", List.of(fallback ? "no-answer" : "low-confidence"),
                    List.of("Mohon maaf..."), null, null, stages, latency));
            if (!fallback) {
                handoff(out, random, chat, at, List.of(random.nextDouble() < 0.7 ? "low-confidence" : "unanswerable"));
            }
            return;
        }
        if (roll < 0.92) {
            String text = NEGATIVE.get(random.nextInt(NEGATIVE.size()));
            boolean emergency = random.nextDouble() < 0.15;
            out.add(TranscriptRecord.turn(at, chat, "telegram", "TEXT", text, text, List.of(), "id",
                    random.nextBoolean() ? "negatif" : "berpotensi_negatif", 0.8, emergency, false, List.of(), null,
                    "kb-2026-01", "HANDOFF", List.of(emergency ? "emergency" : "negatif"), List.of("Kami teruskan ke petugas."),
                    null, null, stages, latency));
            handoff(out, random, chat, at, List.of(emergency ? "emergency" : "negatif"));
            return;
        }
        out.add(TranscriptRecord.turn(at, chat, "telegram", "TEXT", "saya mau bicara dengan petugas", "saya mau bicara dengan petugas",
                List.of(), "id", "netral", 0.9, false, true, List.of(), null, "kb-2026-01", "HANDOFF",
                List.of("asked-for-human"), List.of("Baik, kami teruskan."), null, null, stages, latency));
        handoff(out, random, chat, at, List.of("asked-for-human"));
    }

    private static void handoff(List<TranscriptRecord> out, SplittableRandom random, String chat, Instant at, List<String> reasons) {
        String id = "h-" + Long.toHexString(random.nextLong());
        out.add(TranscriptRecord.handoff(at.plusMillis(50), chat, "telegram", id, "REQUESTED", null, null, List.of(),
                reasons, reasons.contains("emergency") ? "EMERGENCY" : "NORMAL", null));
        if (random.nextDouble() < 0.08) {
            return; // never claimed
        }
        long staff = 5_000 + random.nextInt(4);
        Instant claimed = at.plus(Duration.ofSeconds((long) Math.exp(4.5 + 1.3 * gaussian(random))));
        out.add(TranscriptRecord.handoff(claimed, chat, "telegram", id, "CLAIMED", staff, null, List.of(), List.of(), null, null));
        out.add(TranscriptRecord.handoff(claimed.plusSeconds(60), chat, "telegram", id, "STAFF_REPLY", staff,
                "Baik, kami cek. Hubungi [TELEPON] bila mendesak.", List.of(), List.of(), null, null));
        Instant resolved = claimed.plusSeconds(600 + random.nextInt(1800));
        out.add(TranscriptRecord.handoff(resolved, chat, "telegram", id, "RESOLVED", staff, null, List.of(), List.of(), null, null));
        if (random.nextDouble() < 0.6) {
            int rating = Math.max(1, Math.min(5, (int) Math.round(4 + 1.1 * gaussian(random))));
            out.add(TranscriptRecord.handoff(resolved.plusSeconds(120), chat, "telegram", id, "RATED", null, null, List.of(),
                    List.of(), null, rating));
        }
    }

    private static String sentiment(SplittableRandom random) {
        double r = random.nextDouble();
        return r < 0.18 ? "positif" : r < 0.80 ? "netral" : r < 0.93 ? "berpotensi_negatif" : "negatif";
    }

    private static double gaussian(SplittableRandom random) {
        return new Random(random.nextLong()).nextGaussian();
    }

    private static int append(Path dir, LocalDate day, List<TranscriptRecord> records) {
        try {
            Files.createDirectories(dir);
            // Records land in the file of the day they happened on (a claim can fall after midnight).
            for (TranscriptRecord record : records) {
                Path file = TranscriptFiles.file(dir, LocalDate.ofInstant(record.time(), ZONE));
                Files.writeString(file, TranscriptJson.write(record) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            return records.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
