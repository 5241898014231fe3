package id.sigap.retrieval;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeBaseListener;
import id.sigap.knowledge.KnowledgeEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;

/**
 * BM25 over the Indonesian analysis and dense retrieval over the embedding model, fused by weighted
 * reciprocal rank, with a calibrated confidence and the answer-or-handoff verdict. Holds the current
 * {@link RetrievalIndex} in an atomic reference: each question reads it once and uses that snapshot
 * throughout, so a reload never mixes two versions.
 *
 * <p>It is LangChain4j's {@link ContentRetriever} (one content a hit, carrying the verdict, see
 * {@link RetrievalContents}), and {@link #retrieve(String)}, the path of every citizen question in extractive
 * and generated mode alike, goes through its {@link RetrievalAugmentor} and back: what LangChain4j hands on
 * is what Sigap decides from. The augmentor injects nothing into the message (the composers write their own
 * prompts from the hits).
 */
public final class HybridKnowledgeRetriever implements KnowledgeRetriever, ContentRetriever, KnowledgeBaseListener {

    /**
     * A result is split (not confident) when one of the next {@link #SPLIT_CANDIDATES} entries holds at least this
     * share of the question's topical information that the first entry lacks. A fixed rule, chosen among 0.25, 0.35
     * and 0.5 on the golden and IDK-MRC sets held out (docs/retrieval.md, "Questions split between two entries").
     */
    static final double SPLIT_SHARE = 0.35;
    static final int SPLIT_CANDIDATES = 2;
    /** Words asking for the place nearest the citizen, which Sigap does not know (English ones read as "terdekat"). */
    private static final java.util.regex.Pattern NEAREST = java.util.regex.Pattern.compile(
            "\\b(?:terdekat|paling dekat|dekat sini|dekat rumah)\\b");

    /** How many of the first fused candidates the second stage looks at. */
    static final int RERANKED = 8;

    private final RetrievalIndexBuilder builder;
    private final RetrievalSettings settings;
    private final ConfidenceModel confidence;
    private final CandidateRanker ranker;
    private final AtomicReference<RetrievalIndex> index;
    private final RetrievalAugmentor augmentor;

    public HybridKnowledgeRetriever(EmbeddingModel model, RetrievalSettings settings, ConfidenceModel confidence) {
        this(model, settings, confidence, CandidateRanker.builtIn(settings), EmbeddingCache.NONE);
    }

    public HybridKnowledgeRetriever(EmbeddingModel model, RetrievalSettings settings, ConfidenceModel confidence,
                                    CandidateRanker ranker) {
        this(model, settings, confidence, ranker, EmbeddingCache.NONE);
    }

    HybridKnowledgeRetriever(EmbeddingModel model, RetrievalSettings settings, ConfidenceModel confidence,
                             EmbeddingCache cache) {
        this(model, settings, confidence, CandidateRanker.builtIn(settings), cache);
    }

    HybridKnowledgeRetriever(EmbeddingModel model, RetrievalSettings settings, ConfidenceModel confidence,
                             CandidateRanker ranker, EmbeddingCache cache) {
        this(new RetrievalIndexBuilder(model, settings, cache), settings, confidence, ranker, null);
    }

    /**
     * The service's retriever: entries are embedded only when its settings use the dense side, so with
     * {@code dense-weight 0} (the default) the embedding model is never loaded.
     */
    static HybridKnowledgeRetriever forService(EmbeddingModel model, RetrievalSettings settings, EmbeddingCache cache) {
        return new HybridKnowledgeRetriever(new RetrievalIndexBuilder(model, settings, cache, settings.usesDense()),
                settings, ConfidenceModel.builtIn(settings), CandidateRanker.builtIn(settings), null);
    }

    /** A second retriever configured like the service's (the editors' preview of drafts), with no disk cache. */
    public static HybridKnowledgeRetriever likeService(EmbeddingModel model, RetrievalSettings settings) {
        return forService(model, settings, EmbeddingCache.NONE);
    }

    private HybridKnowledgeRetriever(RetrievalIndexBuilder builder, RetrievalSettings settings,
                                     ConfidenceModel confidence, CandidateRanker ranker,
                                     AtomicReference<RetrievalIndex> shared) {
        this.builder = builder;
        this.settings = settings;
        this.confidence = confidence;
        this.ranker = ranker;
        this.index = shared != null ? shared
                : new AtomicReference<>(builder.build(KnowledgeBase.empty(LocalDate.now())));
        this.augmentor = DefaultRetrievalAugmentor.builder().contentRetriever(this)
                .contentInjector((contents, message) -> message).build();
    }

    /** A retriever over a fixed knowledge base, for the command line, benchmarks and tests. */
    public static HybridKnowledgeRetriever over(KnowledgeBase kb, EmbeddingModel model, RetrievalSettings settings) {
        return over(kb, model, settings, CandidateRanker.builtIn(settings));
    }

    public static HybridKnowledgeRetriever over(KnowledgeBase kb, EmbeddingModel model, RetrievalSettings settings,
                                                CandidateRanker ranker) {
        HybridKnowledgeRetriever retriever = new HybridKnowledgeRetriever(model, settings,
                ConfidenceModel.builtIn(settings), ranker);
        retriever.knowledgeBaseLoaded(kb);
        return retriever;
    }

    /**
     * A retriever over the same index with other query-time settings (fusion weights, thresholds; not the
     * BM25 field boosts, which are built into the index), second stage and confidence model: for held-out
     * evaluation and ablation, which refit the stages without re-indexing. A reload of either is seen by both.
     */
    public HybridKnowledgeRetriever withModels(RetrievalSettings querySettings, CandidateRanker otherRanker,
                                               ConfidenceModel otherConfidence) {
        return new HybridKnowledgeRetriever(builder, querySettings, otherConfidence, otherRanker, index);
    }

    /** The query-time settings in use. */
    public RetrievalSettings settings() {
        return settings;
    }

    /** The second ranking stage in use. */
    public CandidateRanker ranker() {
        return ranker;
    }

    /** The confidence model in use. */
    public ConfidenceModel confidence() {
        return confidence;
    }

    @Override
    public void knowledgeBaseLoaded(KnowledgeBase knowledgeBase) {
        index.set(builder.build(knowledgeBase));
    }

    RetrievalIndex snapshot() {
        return index.get();
    }

    RetrievalIndexBuilder builder() {
        return builder;
    }

    /** The LangChain4j retriever over BM25 alone. */
    public Bm25ContentRetriever bm25Retriever() {
        return new Bm25ContentRetriever(this::snapshot, settings.maxResults());
    }

    /** The LangChain4j retriever over the embeddings alone. */
    public DenseContentRetriever denseRetriever() {
        return new DenseContentRetriever(this::snapshot, builder, settings.maxResults());
    }

    /** The knowledge base currently searched. */
    public KnowledgeBase knowledgeBase() {
        return index.get().knowledgeBase();
    }

    /** The LangChain4j augmentor that {@link #retrieve(String)} goes through. */
    public RetrievalAugmentor augmentor() {
        return augmentor;
    }

    @Override
    public RetrievalResult retrieve(String question) {
        long started = System.nanoTime();
        if (question == null || question.isBlank()) {
            return trace(question == null ? "" : question).result();
        }
        UserMessage message = UserMessage.from(question);
        List<Content> contents = augmentor.augment(new AugmentationRequest(message,
                Metadata.from(message, null, List.of()))).contents();
        return RetrievalContents.result(question, contents, index.get().knowledgeBase().version(), micros(started));
    }

    /**
     * LangChain4j's face: the hits of {@link #trace(String)}, best first, each carrying the verdict. The live
     * path: only the features the second stage and the confidence model in use read are computed.
     */
    @Override
    public List<Content> retrieve(Query query) {
        return RetrievalContents.of(trace(query.text(), false).result());
    }

    /**
     * The result with what it was decided from, for evaluation and calibration.
     *
     * @param features   the first hit's confidence features; in a trace made for the live path only those the
     *                   confidence model reads (the others 0)
     * @param candidates the first fused candidates' features, likewise
     */
    public record Trace(RetrievalResult result, ConfidenceFeatures features, List<String> bm25Ranking,
                        List<String> denseRanking, List<String> candidateIds, List<CandidateFeatures> candidates) {
    }

    /**
     * Whether {@code inContext}, found for {@code question} read after an earlier question, still answers what
     * the question names itself: its first entry has the question's most specific topic word, or the question
     * names none ("sampai kapan?" follows the earlier topic; "kalau santunan?" does not follow it to another).
     */
    @Override
    public boolean keepsTopic(String question, RetrievalResult inContext) {
        RetrievalIndex snapshot = index.get();
        List<String> own = snapshot.topicTerms(terms(question));
        if (own.isEmpty()) {
            return true;
        }
        int first = firstPosition(snapshot, inContext);
        return first >= 0 && snapshot.evidence(first).terms().contains(own.getFirst());
    }

    @Override
    public boolean onlyTellsApart(String question, String message, RetrievalResult result) {
        RetrievalIndex snapshot = index.get();
        int first = firstPosition(snapshot, result);
        return first >= 0 && snapshot.onlyTellsApart(first, terms(question), terms(message));
    }

    @Override
    public boolean namesItsKind(String message, RetrievalResult result) {
        RetrievalIndex snapshot = index.get();
        int first = firstPosition(snapshot, result);
        return first >= 0 && snapshot.namesItsKind(first, terms(message));
    }

    @Override
    public Set<String> notAskedAbout(String question, List<String> entryIds) {
        RetrievalIndex snapshot = index.get();
        List<String> terms = terms(question); // read once for all the entries
        return those(snapshot, entryIds, entry -> snapshot.notAskedAbout(entry, terms));
    }

    @Override
    public boolean namesTheOfficeOfAnother(String message, RetrievalResult result) {
        RetrievalIndex snapshot = index.get();
        int first = firstPosition(snapshot, result);
        List<Integer> others = result.hits().stream().skip(1).map(h -> snapshot.position(h.entryId()))
                .filter(p -> p >= 0).toList();
        return first >= 0 && snapshot.namesTheOfficeOfAnother(first, others, terms(message));
    }

    @Override
    public Set<String> shareNoTopic(String question, List<String> entryIds) {
        RetrievalIndex snapshot = index.get();
        List<String> terms = terms(question);
        return those(snapshot, entryIds, entry -> !snapshot.topicEvidence(entry, terms));
    }

    /** The ids of {@code entryIds} whose entries are in {@code snapshot} and pass {@code test} (given their position). */
    private static Set<String> those(RetrievalIndex snapshot, List<String> entryIds, IntPredicate test) {
        return entryIds.stream().filter(id -> {
            int entry = snapshot.position(id);
            return entry >= 0 && test.test(entry);
        }).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean restsOnOneWord(String question, RetrievalResult result) {
        RetrievalIndex snapshot = index.get();
        int first = firstPosition(snapshot, result);
        return first >= 0 && snapshot.restsOnOneWord(first, terms(question));
    }

    @Override
    public Set<String> crisesNamed(String text) {
        return index.get().crisesNamed(terms(text));
    }

    /** Where the result's first hit stands in {@code snapshot}; -1 when it has none or the entry is gone. */
    private static int firstPosition(RetrievalIndex snapshot, RetrievalResult result) {
        return result.top().map(h -> snapshot.position(h.entryId())).orElse(-1);
    }

    /** The search terms of a text, normalised as questions are. */
    private static List<String> terms(String text) {
        return RetrievalIndex.queryTerms(IndonesianNormalizer.normalize(text));
    }

    /** The result with every feature computed, whether the models in use read it or not (refits may). */
    public Trace trace(String question) {
        return trace(question, true);
    }

    /**
     * {@code everyFeature} false computes only the features that {@link #ranker} and {@link #confidence} read
     * (weights not 0): the same hits, scores, confidence and reasons (UnreadFeaturesTest compares them).
     */
    Trace trace(String question, boolean everyFeature) {
        long started = System.nanoTime();
        IntPredicate rankerReads = everyFeature ? CandidateFeatures.EVERY : ranker::reads;
        IntPredicate confidenceReads = everyFeature ? ConfidenceFeatures.EVERY : confidence::reads;
        RetrievalIndex snapshot = index.get();
        String normalized = IndonesianNormalizer.normalize(question);
        List<KnowledgeEntry> entries = snapshot.entries();
        String version = snapshot.knowledgeBase().version();
        if (entries.isEmpty() || normalized.isBlank()) {
            RetrievalResult none = new RetrievalResult(question, normalized, List.of(), 0, false, List.of("no-match"),
                    version, micros(started));
            return new Trace(none, ConfidenceFeatures.NONE, List.of(), List.of(), List.of(), List.of());
        }
        List<String> sequence = RetrievalIndex.querySequence(normalized);
        List<String> terms = RetrievalIndex.queryTerms(normalized);
        List<RetrievalIndex.Scored> lexical = snapshot.bm25(terms, settings.candidates());
        // Dense weight 0 switches the embedding side off: no query embedding, every cosine 0 (the ranker and
        // confidence model must then be ones fitted without the dense features).
        double[] cosines = snapshot.vectors().size() == 0 || !settings.usesDense() ? new double[entries.size()]
                : snapshot.vectors().maxSimilarity(builder.embedQuery(normalized));
        List<RetrievalIndex.Scored> dense = top(cosines, settings.candidates());

        Map<Integer, Double> fused = new HashMap<>();
        for (int r = 0; r < lexical.size(); r++) {
            fused.merge(lexical.get(r).entry(), settings.bm25Weight() / (settings.rrfK() + r + 1), Double::sum);
        }
        for (int r = 0; r < dense.size(); r++) {
            fused.merge(dense.get(r).entry(), settings.denseWeight() / (settings.rrfK() + r + 1), Double::sum);
        }
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(fused.entrySet());
        ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed()
                .thenComparing(e -> -cosines[e.getKey()]));

        List<CandidateFeatures> fusedCandidates = candidateFeatures(snapshot, sequence, terms, lexical, cosines, ranked,
                rankerReads);
        List<String> fusedIds = ranked.subList(0, fusedCandidates.size()).stream()
                .map(e -> entries.get(e.getKey()).id()).toList();
        double[] shares = CandidateRanker.shares(fusedCandidates, ranker);
        ranked = reordered(ranked, shares);
        // "Jalan merdeka masih ditutup setelah kebakaran?": the flood's road closures share every word but the crisis,
        // and their facts are the flood's. Entries about another crisis than the one the question names are set aside.
        Set<String> asked = snapshot.crisesNamed(sequence);
        boolean otherCrisis = false;
        if (!asked.isEmpty()) {
            int before = ranked.getFirst().getKey();
            ranked = new ArrayList<>(ranked.stream().filter(e -> snapshot.fitsCrises(e.getKey(), asked)).toList());
            otherCrisis = ranked.isEmpty() || ranked.getFirst().getKey() != before;
            if (ranked.isEmpty()) {
                RetrievalResult none = new RetrievalResult(question, normalized, List.of(), 0, false,
                        List.of(RetrievalResult.OTHER_CRISIS), version, micros(started));
                return new Trace(none, ConfidenceFeatures.NONE, ids(entries, lexical), ids(entries, dense), fusedIds,
                        fusedCandidates);
            }
        }

        List<RetrievalHit> hits = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.maxResults(), ranked.size()); i++) {
            KnowledgeEntry entry = entries.get(ranked.get(i).getKey());
            hits.add(new RetrievalHit(entry.id(), entry.title(), entry.body(), entry.sourceUrl(),
                    ranked.get(i).getValue(), i + 1));
        }
        int first = ranked.getFirst().getKey();
        double[] sortedShares = shares.clone();
        java.util.Arrays.sort(sortedShares);
        double firstShare = sortedShares.length == 0 ? 0 : sortedShares[sortedShares.length - 1];
        double gap = sortedShares.length < 2 ? firstShare : firstShare - sortedShares[sortedShares.length - 2];
        ConfidenceFeatures features = ConfidenceFeatures.of(snapshot, sequence, terms, lexical, dense, cosines, ranked,
                firstShare, gap, confidenceReads);
        double p = confidence.probability(features);
        List<String> reasons = new ArrayList<>();
        if (otherCrisis) {
            // the best match was about another crisis: what is left is suggested beside a person at most
            reasons.add(RetrievalResult.OTHER_CRISIS);
        }
        if (lexical.isEmpty() && p < settings.minConfidence()) {
            reasons.add("no-match");
        } else if (p < settings.minConfidence()) {
            reasons.add("low-confidence");
        }
        if (ranked.size() > 1) {
            int second = ranked.get(1).getKey();
            double a = ranked.getFirst().getValue();
            double b = ranked.get(1).getValue();
            boolean close = Math.min(a, b) >= settings.ambiguityRatio() * Math.max(a, b);
            if (close && !snapshot.shareTopic(first, second)) {
                reasons.add("ambiguous");
            }
        }
        // Sure of a match that rests only on words saying how, when or where ("berlaku sampai kapan"), retrieval
        // would answer with whichever entry uses them most: not on its own (the conversation may add context).
        if (!lexical.isEmpty() && !snapshot.topicEvidence(first, terms)) {
            reasons.add("generic-only");
        }
        // Sure of a match that rests only on the first entry's name among the entries of its kind (a place: "Hello, I'm a
        // foreign resident in Batu Sari. Can I buy the subsidized 3 kg LPG ...?" got Batu Sari's shelters), the question
        // naming nothing of that kind ("posko"): not on its own.
        if (snapshot.restsOnItsName(first, terms)) {
            reasons.add(RetrievalResult.TELLS_APART_ONLY);
        }
        // Sure of an entry that names nowhere the office the question names ("kantor bpjs kota batu sari buka jam brp" got
        // Batu Sari's shelters: the town, "kantor" and "buka" are there, BPJS is not): not on its own.
        if (snapshot.namesAnotherOffice(first, terms)) {
            reasons.add(RetrievalResult.OTHER_OFFICE);
        }
        // Sure of an entry about one dam, bridge or river when the question names another by its name: not on its own.
        if (snapshot.namesAnotherPlace(first, sequence)) {
            reasons.add(RetrievalResult.OTHER_PLACE);
        }
        // A question split between two entries ("kapan sembako dibagi di posko batu sari": the shelter entry has the
        // place, the distribution entry the rest) is not answered with either alone: the citizen chooses.
        if (anyOfNext(ranked, other -> snapshot.complementShare(first, other, terms) >= SPLIT_SHARE)) {
            reasons.add("split-topic");
        }
        // "Posko terdekat di mana?": the nearest one depends on where the citizen is. When the first entry and one of
        // the next two are of one kind for different places (the regions' shelters) and the question names nothing the
        // first has that the other lacks, the citizen chooses the place.
        if (NEAREST.matcher(normalized).find() && anyOfNext(ranked,
                other -> snapshot.shareTopic(first, other) && snapshot.complementShare(other, first, terms) == 0)) {
            reasons.add("needs-place");
        }
        RetrievalResult result = new RetrievalResult(question, normalized, hits, p, reasons.isEmpty(), reasons,
                version, micros(started));
        return new Trace(result, features, ids(entries, lexical), ids(entries, dense), fusedIds, fusedCandidates);
    }

    /** Whether one of the {@link #SPLIT_CANDIDATES} entries after the first passes the test. */
    private static boolean anyOfNext(List<Map.Entry<Integer, Double>> ranked, IntPredicate test) {
        for (int i = 1; i < Math.min(1 + SPLIT_CANDIDATES, ranked.size()); i++) {
            if (test.test(ranked.get(i).getKey())) {
                return true;
            }
        }
        return false;
    }

    /** The fused ranking with its first candidates in the second stage's order (ties keep the fused order). */
    private static List<Map.Entry<Integer, Double>> reordered(List<Map.Entry<Integer, Double>> ranked, double[] shares) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -shares[i]));
        List<Map.Entry<Integer, Double>> out = new ArrayList<>(ranked.size());
        order.forEach(i -> out.add(ranked.get(i)));
        out.addAll(ranked.subList(shares.length, ranked.size()));
        return out;
    }

    private static List<CandidateFeatures> candidateFeatures(RetrievalIndex snapshot, List<String> sequence,
                                                             List<String> terms, List<RetrievalIndex.Scored> lexical,
                                                             double[] cosines, List<Map.Entry<Integer, Double>> ranked,
                                                             IntPredicate reads) {
        Map<Integer, Double> bm25 = new HashMap<>();
        lexical.forEach(s -> bm25.put(s.entry(), s.score()));
        double bestBm25 = lexical.isEmpty() ? 0 : lexical.getFirst().score();
        double bestCosine = CandidateFeatures.needsBestCosine(reads)
                ? java.util.Arrays.stream(cosines).max().orElse(0) : 0;
        List<CandidateFeatures> out = new ArrayList<>();
        for (int i = 0; i < Math.min(RERANKED, ranked.size()); i++) {
            out.add(CandidateFeatures.of(snapshot, sequence, terms, bm25, bestBm25, cosines, bestCosine, ranked, i,
                    reads));
        }
        return out;
    }

    private static List<RetrievalIndex.Scored> top(double[] scores, int n) {
        List<RetrievalIndex.Scored> all = new ArrayList<>(scores.length);
        for (int i = 0; i < scores.length; i++) {
            all.add(new RetrievalIndex.Scored(i, scores[i]));
        }
        all.sort(Comparator.comparingDouble(RetrievalIndex.Scored::score).reversed());
        return all.subList(0, Math.min(n, all.size()));
    }

    private static List<String> ids(List<KnowledgeEntry> entries, List<RetrievalIndex.Scored> scored) {
        return scored.stream().map(s -> entries.get(s.entry()).id()).toList();
    }

    private static long micros(long started) {
        return (System.nanoTime() - started) / 1_000;
    }
}
