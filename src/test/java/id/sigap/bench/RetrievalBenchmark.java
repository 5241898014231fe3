package id.sigap.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import id.sigap.conversation.ExtractiveComposer;
import id.sigap.conversation.IncomingMessage;
import id.sigap.conversation.KnowledgeAnswerer;
import id.sigap.conversation.RecentQuestions;
import id.sigap.knowledge.EntryStatus;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeBaseLoader;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.retrieval.HybridKnowledgeRetriever;
import id.sigap.retrieval.RetrievalSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Retrieval plus decision latency (extractive mode), index build time and heap, on the sample knowledge
 * base and on 5,000 generated entries. Run with bench/retrieval.sh; not a unit test (timings on a shared
 * machine are not assertions).
 */
public final class RetrievalBenchmark {

    public static void main(String[] args) throws Exception {
        Path kbDir = Path.of(args.length > 0 ? args[0] : "knowledge-base");
        Path golden = Path.of(args.length > 1 ? args[1] : "eval/golden.jsonl");
        int generated = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
        List<String> questions = questions(golden);

        KnowledgeBase sample = KnowledgeBaseLoader.load(kbDir, LocalDate.now());
        run("sample knowledge base", sample, model, questions, RetrievalSettings.defaults());
        // The cost of the dense stage (off by default since 2026-12-01): the same with the query embedding on.
        run("sample knowledge base, dense side on (former pipeline)", sample, model, questions,
                RetrievalSettings.defaults().withDenseWeight(0.15));
        if (generated > 0) {
            run(generated + " generated entries", generate(sample, generated), model, questions,
                    RetrievalSettings.defaults());
        }
    }

    private static void run(String label, KnowledgeBase kb, EmbeddingModel model, List<String> questions,
                            RetrievalSettings settings) {
        System.gc();
        long heapBefore = usedHeap();
        long started = System.nanoTime();
        HybridKnowledgeRetriever retriever = HybridKnowledgeRetriever.over(kb, model, settings);
        long buildMs = (System.nanoTime() - started) / 1_000_000;
        System.gc();
        long heapMb = (usedHeap() - heapBefore) / (1024 * 1024);
        KnowledgeAnswerer answerer = new KnowledgeAnswerer(retriever, List.of(new ExtractiveComposer()),
                RecentQuestions.NONE);
        for (int i = 0; i < 100; i++) {
            answerer.decide(IncomingMessage.text("bench", i, i, questions.get(i % questions.size())));
        }
        int rounds = Math.max(1, 1000 / questions.size());
        double[] ms = new double[questions.size() * rounds];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long t = System.nanoTime();
                answerer.decide(IncomingMessage.text("bench", n, n, q));
                ms[n++] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf(java.util.Locale.ROOT,
                "%s: %d entries, index build %d ms, index heap ~%d MB, %d questions: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                label, kb.entries().size(), buildMs, heapMb, ms.length, ms[ms.length / 2], ms[(int) (ms.length * 0.95)],
                ms[(int) (ms.length * 0.99)]);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static List<String> questions(Path golden) throws Exception {
        if (!Files.exists(golden)) {
            return List.of("posko pengungsian terdekat dmn", "ktp sy ilang gmn ngurusnya", "nomer darurat brp",
                    "kapan sekolah masuk lagi", "harga emas hari ini");
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(golden)) {
            int start = line.indexOf("\"question\": \"");
            if (start >= 0) {
                int from = start + 13;
                out.add(line.substring(from, line.indexOf('"', from)));
            }
        }
        return out;
    }

    /** Entries made of the sample's words in new combinations, each with two phrasings and a short body. */
    static KnowledgeBase generate(KnowledgeBase sample, int count) {
        List<String> words = new ArrayList<>();
        for (KnowledgeEntry e : sample.entries()) {
            words.addAll(Arrays.asList(e.body().toLowerCase().split("[^\\p{L}]+")));
        }
        words.removeIf(w -> w.length() < 4);
        Random random = new Random(1);
        List<KnowledgeEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new KnowledgeEntry(String.format("gen-%05d", i), phrase(words, random, 5), EntryStatus.APPROVED,
                    List.of(phrase(words, random, 6), phrase(words, random, 6)), List.of("t" + random.nextInt(200)),
                    null, null, null, phrase(words, random, 40) + ".\n\n" + phrase(words, random, 30) + ".", "gen.md"));
        }
        return new KnowledgeBase(entries, "generated-" + count, LocalDate.now(), List.of(), count);
    }

    private static String phrase(List<String> words, Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        return s.toString();
    }
}
