package id.sigap.retrieval;

import id.sigap.knowledge.KnowledgeBase;
import id.sigap.knowledge.KnowledgeEntry;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One immutable, self-contained search snapshot of one knowledge-base version: the Lucene index,
 * the embedding vectors and the term statistics. Built off to the side and swapped in whole.
 */
final class RetrievalIndex {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String QUESTIONS = "questions";
    static final String BODY = "body";
    private static final String ORDINAL = "ordinal";
    private static final int MAX_QUERY_TERMS = 64;
    /**
     * "bisa ikut susulan ga?", "masih buka atau tidak": a closing "tidak" asks yes-or-no and negates
     * nothing; as a search term it only favours entries that say "tidak" often.
     */
    private static final java.util.regex.Pattern QUESTION_TAG =
            java.util.regex.Pattern.compile("(\\s+atau)?\\s+(tidak|belum)\\s*[?.!]*\\s*$");

    private final KnowledgeBase knowledgeBase;
    private final List<KnowledgeEntry> entries;
    private final IndexSearcher searcher;
    private final RetrievalSettings settings;
    private final EntryVectors vectors;
    private final List<EntryEvidence> evidence;
    private final Map<String, Integer> documentFrequency;
    /** The office's generic words as index terms, read with each (re)load of the knowledge base. */
    private final Set<String> genericTerms;
    /** The office's names of offices and services, read with each (re)load of the knowledge base. */
    private final OfficeNames offices;
    /** The office's synonym groups, read with each (re)load of the knowledge base. */
    private final QueryExpansion expansion;
    /** The office's kinds of crisis, read with each (re)load of the knowledge base. */
    private final CrisisEvents crises;
    /** The crises each entry's title and tags name (empty for most: an entry about no crisis). */
    private final List<Set<String>> entryCrises;
    /** Each entry's title as index terms in order ({@link #namesAnotherPlace}), read once per snapshot. */
    private final List<List<String>> titleTerms;
    /** The vocabulary by word length, to tell a misspelt known word from a word the knowledge base lacks. */
    private final Map<Integer, List<String>> vocabularyByLength = new HashMap<>();
    private final Map<String, Integer> tagFrequency = new HashMap<>();
    /** Every known term's idf, and the idf of a term no entry has: worked out once, read by every question. */
    private final Map<String, Double> idfs = new HashMap<>();
    private final double unknownIdf;
    /** For each entry's evidence, the idf sum of each of its phrasings (in the order of its phrasings). */
    private final Map<EntryEvidence, double[]> phrasingWeights = new java.util.IdentityHashMap<>();
    /**
     * Each searched field's indexed terms. A term a field lacks matches nothing there and adds nothing to any
     * score, so its clause is left out of the query: Lucene would otherwise look it up in the term dictionary
     * on every question (a third of the search's time for a question with a few words the entries lack).
     * Each term comes with its statistics and postings pointers, looked up once here (the snapshot never
     * changes) instead of in the term dictionary of every question's query.
     */
    private final Map<String, Map<String, TermStates>> fieldTerms;
    /** Each Lucene document's entry position (read from its doc values once, not for every hit). */
    private final int[] ordinalOfDoc;

    private RetrievalIndex(KnowledgeBase knowledgeBase, IndexSearcher searcher, RetrievalSettings settings,
                           EntryVectors vectors, List<EntryEvidence> evidence, Map<String, Integer> documentFrequency,
                           QueryExpansion expansion) {
        this.knowledgeBase = knowledgeBase;
        this.entries = knowledgeBase.entries();
        this.searcher = searcher;
        this.settings = settings;
        this.vectors = vectors;
        this.evidence = evidence;
        this.documentFrequency = documentFrequency;
        this.genericTerms = GenericWords.terms();
        this.offices = OfficeNames.load();
        this.expansion = expansion;
        this.crises = CrisisEvents.load();
        this.entryCrises = entries.stream().map(e -> CrisisEvents.servesEvery(e) ? Set.<String>of()
                : crises.named(e.title() + " " + String.join(" ", e.tags()))).toList();
        this.titleTerms = entries.stream()
                .map(e -> IndonesianAnalysis.terms(IndonesianNormalizer.normalize(e.title()))).toList();
        this.fieldTerms = Map.of(TITLE, indexedTerms(searcher, TITLE), QUESTIONS, indexedTerms(searcher, QUESTIONS),
                BODY, indexedTerms(searcher, BODY));
        this.ordinalOfDoc = ordinals(searcher);
        documentFrequency.keySet().forEach(t -> vocabularyByLength.computeIfAbsent(t.length(), n -> new ArrayList<>())
                .add(t));
        entries.forEach(e -> e.tags().forEach(t -> tagFrequency.merge(t, 1, Integer::sum)));
        documentFrequency.keySet().forEach(t -> idfs.put(t, idfOf(t)));
        unknownIdf = idfOf("\u0000");
        for (EntryEvidence said : evidence) {
            double[] weights = new double[said.phrasings().size()];
            for (int i = 0; i < weights.length; i++) {
                double own = 0;
                for (String term : said.phrasings().get(i)) {
                    own += idf(term);
                }
                weights[i] = own;
            }
            phrasingWeights.put(said, weights);
        }
    }

    /** An entry's position in this snapshot and a score. */
    record Scored(int entry, double score) {
    }

    static RetrievalIndex build(KnowledgeBase kb, EntryVectors vectors, RetrievalSettings settings) {
        return build(kb, vectors, settings, QueryExpansion.load());
    }

    static RetrievalIndex build(KnowledgeBase kb, EntryVectors vectors, RetrievalSettings settings,
                                QueryExpansion expansion) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<EntryEvidence> evidence = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        IndexWriterConfig config = new IndexWriterConfig(IndonesianAnalysis.analyzer());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < kb.entries().size(); i++) {
                KnowledgeEntry entry = kb.entries().get(i);
                Document doc = new Document();
                doc.add(new NumericDocValuesField(ORDINAL, i));
                String title = IndonesianNormalizer.normalize(entry.title());
                doc.add(new TextField(TITLE, title, Field.Store.NO));
                for (String question : entry.questions()) {
                    doc.add(new TextField(QUESTIONS, IndonesianNormalizer.normalize(question), Field.Store.NO));
                }
                doc.add(new TextField(BODY, IndonesianNormalizer.normalize(entry.body()), Field.Store.NO));
                writer.addDocument(doc);
                EntryEvidence said = EntryEvidence.of(entry);
                evidence.add(said);
                said.terms().forEach(t -> df.merge(t, 1, Integer::sum));
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            // Nothing is worth caching in an index this small; the cache's bookkeeping ran on every search.
            searcher.setQueryCache(null);
            return new RetrievalIndex(kb, searcher, settings, vectors, List.copyOf(evidence), Map.copyOf(df), expansion);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    List<KnowledgeEntry> entries() {
        return entries;
    }

    EntryVectors vectors() {
        return vectors;
    }

    /** Distinct query terms in order, capped so that a pasted essay cannot blow up the query. */
    static List<String> queryTerms(String normalizedQuestion) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(querySequence(normalizedQuestion)));
        return distinct.size() <= MAX_QUERY_TERMS ? distinct : List.copyOf(distinct.subList(0, MAX_QUERY_TERMS));
    }

    /** The question's terms in order, with repeats, without a closing yes-or-no tag. */
    static List<String> querySequence(String normalizedQuestion) {
        List<String> terms = IndonesianAnalysis.terms(QUESTION_TAG.matcher(normalizedQuestion).replaceAll(""));
        return terms.size() <= 4 * MAX_QUERY_TERMS ? terms : terms.subList(0, 4 * MAX_QUERY_TERMS);
    }

    EntryEvidence evidence(int entry) {
        return evidence.get(entry);
    }

    /** Whether the question names an office or service ({@link OfficeNames}) that the entry names nowhere. */
    boolean namesAnotherOffice(int entry, List<String> question) {
        return offices.namesAnother(question, evidence.get(entry).terms());
    }

    /**
     * Whether the question names an office that the entry names nowhere and that the title of one of the {@code others}
     * names: another entry is about that office's service ("BPJS" beside the vehicle-tax amnesty, while two entries are
     * about BPJS), not a place where something happened ("meninggal di RSUD", which no entry's title names).
     */
    boolean namesTheOfficeOfAnother(int entry, List<Integer> others, List<String> question) {
        return offices.namedNotIn(question, evidence.get(entry).terms()).stream().anyMatch(office -> others.stream()
                .anyMatch(other -> other != entry && titleTerms.get(other).stream().anyMatch(office::contains)));
    }

    /** Kinds of a place known by its name ("bendungan Wadas Lintang", "jembatan Kartini"), as index terms. */
    private static final Set<String> PLACE_KINDS = Set.copyOf(IndonesianAnalysis.terms(IndonesianNormalizer.normalize(
            "bendungan waduk bendung jembatan tanggul sungai danau gunung pantai pelabuhan bandara terminal")));

    /**
     * Whether the question names a place of a kind the entry's title names by its name, by a word the entry has nowhere:
     * "bener gk bendungan wanasari jebol??" is no question about the hoax of the Wadas Lintang dam, nor "jembatan kali
     * wulung kapan bisa dilewatin" about the closing of the Kartini bridge. "bendungan jebol" names no other dam (the
     * entry says "jebol"); a question word after the kind ("jembatan mana") names none either.
     */
    boolean namesAnotherPlace(int entry, List<String> sequence) {
        List<String> title = titleTerms.get(entry);
        Set<String> own = evidence.get(entry).terms();
        for (int i = 0; i + 1 < title.size(); i++) {
            if (!PLACE_KINDS.contains(title.get(i))) {
                continue;
            }
            for (int j = 0; j + 1 < sequence.size(); j++) {
                String next = sequence.get(j + 1);
                if (sequence.get(j).equals(title.get(i)) && !own.contains(next)
                        && !IndonesianAnalysis.KEPT_TERMS.contains(next) && next.chars().noneMatch(Character::isDigit)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The crises a question's terms name ({@link CrisisEvents}). */
    Set<String> crisesNamed(List<String> terms) {
        return crises.named(terms);
    }

    /** Whether the entry may answer a question naming these crises: about none of them, or about one of them. */
    boolean fitsCrises(int entry, Set<String> asked) {
        return CrisisEvents.fits(entryCrises.get(entry), asked);
    }

    boolean known(String term) {
        return documentFrequency.containsKey(term);
    }

    /** Whether a word no entry has is one edit away from one that some entry has (a typo, most likely). */
    boolean nearlyKnown(String term) {
        if (term.length() < 4) {
            return false;
        }
        for (int length = term.length() - 1; length <= term.length() + 1; length++) {
            for (String known : vocabularyByLength.getOrDefault(length, List.of())) {
                if (TermDistance.withinOneEdit(term, known)) {
                    return true;
                }
            }
        }
        return false;
    }

    List<Scored> bm25(List<String> terms, int n) {
        return bm25(terms, n, true);
    }

    /**
     * {@code skipAbsent} false searches every clause and looks every term up in the term dictionary, as before
     * the pruning and the remembered term statistics (tests compare the two).
     */
    List<Scored> bm25(List<String> terms, int n, boolean skipAbsent) {
        if (terms.isEmpty() || entries.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : terms) {
            clauses += add(query, QUESTIONS, term, settings.questionsBoost(), skipAbsent);
            clauses += add(query, TITLE, term, settings.titleBoost(), skipAbsent);
            clauses += add(query, BODY, term, settings.bodyBoost(), skipAbsent);
        }
        // The words of the office's synonym groups the question may mean, at a lower weight than its own.
        for (Map.Entry<String, Double> added : expansion.expand(terms, this::known).entrySet()) {
            double weight = added.getValue();
            clauses += add(query, QUESTIONS, added.getKey(), weight * settings.questionsBoost(), skipAbsent);
            clauses += add(query, TITLE, added.getKey(), weight * settings.titleBoost(), skipAbsent);
            clauses += add(query, BODY, added.getKey(), weight * settings.bodyBoost(), skipAbsent);
        }
        if (clauses == 0) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(query.build(), n);
            List<Scored> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add(new Scored(ordinalOfDoc[hit.doc], hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int add(BooleanQuery.Builder query, String field, String term, double boost, boolean skipAbsent) {
        if (!skipAbsent) {
            query.add(new BoostQuery(new TermQuery(new Term(field, term)), (float) boost), BooleanClause.Occur.SHOULD);
            return 1;
        }
        TermStates states = fieldTerms.get(field).get(term);
        if (states == null) {
            return 0;
        }
        query.add(new BoostQuery(new TermQuery(new Term(field, term), states), (float) boost), BooleanClause.Occur.SHOULD);
        return 1;
    }

    private static Map<String, TermStates> indexedTerms(IndexSearcher searcher, String field) {
        Map<String, TermStates> out = new HashMap<>();
        try {
            org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(
                    searcher.getIndexReader(), field);
            if (terms != null) {
                org.apache.lucene.index.TermsEnum each = terms.iterator();
                for (org.apache.lucene.util.BytesRef term = each.next(); term != null; term = each.next()) {
                    Term whole = new Term(field, org.apache.lucene.util.BytesRef.deepCopyOf(term));
                    out.put(term.utf8ToString(), TermStates.build(searcher, whole, true));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }

    private static int[] ordinals(IndexSearcher searcher) {
        int[] out = new int[searcher.getIndexReader().maxDoc()];
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    values.advanceExact(doc);
                    out[leaf.docBase + doc] = (int) values.longValue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Inverse document frequency over entries; a term no entry has gets the highest value. */
    double idf(String term) {
        Double known = idfs.get(term);
        return known != null ? known : unknownIdf;
    }

    /** The idf sums of the evidence's phrasings, as {@link ConfidenceFeatures#phrasingMatch} adds them up. */
    double[] phrasingWeights(EntryEvidence said) {
        return phrasingWeights.get(said);
    }

    private double idfOf(String term) {
        int n = entries.size();
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** Share of the question's information (idf-weighted terms) that the entry contains, in [0, 1]. */
    double coverage(int entry, List<String> terms) {
        double all = 0;
        double covered = 0;
        for (String term : terms) {
            double w = idf(term);
            all += w;
            if (evidence.get(entry).terms().contains(term)) {
                covered += w;
            }
        }
        return all == 0 ? 0 : covered / all;
    }

    /** The highest idf among the question terms the entry lacks, over the highest idf possible. */
    double missingTerm(int entry, List<String> terms) {
        double max = idf("\u0000");
        double missing = 0;
        for (String term : terms) {
            if (!evidence.get(entry).terms().contains(term)) {
                missing = Math.max(missing, idf(term));
            }
        }
        return max == 0 ? 0 : missing / max;
    }

    /** Share of the question's terms that no entry contains at all. */
    double unknownShare(List<String> terms) {
        if (terms.isEmpty()) {
            return 1;
        }
        return terms.stream().filter(t -> !documentFrequency.containsKey(t)).count() / (double) terms.size();
    }

    /**
     * A term in more than this share of the entries (at least two) says nothing about which topic was asked
     * ("banjir" in a flood knowledge base); fixed a priori, not fitted (docs/retrieval.md, generic-word matches).
     */
    static final double GENERIC_SHARE = 1.0 / 3;

    /**
     * Whether a known term says what a question is about: not a question word or negation, not on the office's
     * list of generic words, and in at most {@link #GENERIC_SHARE} of the entries.
     */
    boolean topical(String term) {
        Integer df = documentFrequency.get(term);
        // A number ("17", "2027", "tahap 4") says how much or which, never what the question is about.
        return df != null && !IndonesianAnalysis.KEPT_TERMS.contains(term) && !genericTerms.contains(term)
                && term.chars().noneMatch(Character::isDigit)
                && df <= Math.max(2, GENERIC_SHARE * entries.size());
    }

    /**
     * The share of the question's topical information (idf-weighted topical terms) that the first entry lacks and the
     * other one has: how much of what was asked another entry answers instead.
     */
    double complementShare(int first, int other, List<String> terms) {
        double all = 0;
        double elsewhere = 0;
        for (String term : new java.util.LinkedHashSet<>(terms)) {
            if (!topical(term)) {
                continue;
            }
            double w = idf(term);
            all += w;
            if (!evidence.get(first).terms().contains(term) && evidence.get(other).terms().contains(term)) {
                elsewhere += w;
            }
        }
        return all == 0 ? 0 : elsewhere / all;
    }

    /**
     * Whether a part of a message ({@code part}) rests only on what tells the entry apart from the entries of its kind
     * ({@link #kin}; at least one) while the whole message ({@code message}) names nothing of the kind. The topical terms
     * the entry shares with the part (at least one) each are in its title and in none of theirs (a place's name), or in
     * none of them at all; the message has no word of the entry's title that one of theirs has too ("posko").
     */
    boolean onlyTellsApart(int entry, List<String> part, List<String> message) {
        return tellsApart(entry, part, message, false);
    }

    /**
     * Whether a whole question rests only on the entry's name among the entries of its kind ({@link #kin}; at least one)
     * and names nothing of the kind: of the topical terms it shares with the entry, at least one is in the entry's title
     * and in none of theirs ("batu sari"), and every other is in one of them too ("warga", "rumah"). A word of the
     * entry's that none of them has ("penampungan") says what is asked.
     */
    boolean restsOnItsName(int entry, List<String> question) {
        return tellsApart(entry, question, question, true);
    }

    /**
     * Whether a question about something else shares with the entry of a kind ({@link #kin}; at least one) nothing but
     * names within the kind, or nothing at all: every topical term they share is a word of one of their titles that not
     * all of them have ("batu sari", also in Lembah Hijau's shelters' text), the question has a topical term the entry
     * lacks ("disdukcapil"), and it names nothing of the kind ("posko"). Stricter than {@link #restsOnItsName}: a word
     * the kind shares ("warga", "rumah") keeps the entry, and so does a name alone ("batu sari").
     */
    boolean notAskedAbout(int entry, List<String> question) {
        List<Integer> kin = kin(entry);
        if (kin.isEmpty() || namesItsKind(entry, kin, question)) {
            return false;
        }
        // the names within the kind: a word of one of their titles that not all of them have ("batu", "sari", "kota")
        Set<String> titles = new java.util.HashSet<>(evidence.get(entry).phrasings().getFirst());
        Set<String> common = new java.util.HashSet<>(titles);
        for (int k : kin) {
            titles.addAll(evidence.get(k).phrasings().getFirst());
            common.retainAll(evidence.get(k).phrasings().getFirst());
        }
        titles.removeAll(common);
        Set<String> terms = evidence.get(entry).terms();
        List<String> topic = question.stream().distinct().filter(this::topical).toList();
        return topic.stream().filter(terms::contains).allMatch(titles::contains)
                && topic.stream().anyMatch(t -> !terms.contains(t));
    }

    /**
     * Whether the message names the entry's kind: a word of the entry's title that the titles of all the entries of its
     * kind ({@link #kin}) have too ("posko", "pengungsian"). A word only some of them have says which of them, not what
     * they are: "kabupaten" is in two of the six shelters' titles, and "Saya bidan desa di Kabupaten Lembah Hijau. Stok
     * tes cepat NS1 ... habis" was answered surely with that regency's shelters.
     */
    boolean namesItsKind(int entry, List<String> message) {
        return namesItsKind(entry, kin(entry), message);
    }

    private boolean namesItsKind(int entry, List<Integer> kin, List<String> message) {
        Set<String> title = evidence.get(entry).phrasings().getFirst();
        return !kin.isEmpty() && title.stream().anyMatch(w -> message.contains(w)
                && kin.stream().allMatch(k -> evidence.get(k).phrasings().getFirst().contains(w)));
    }

    private boolean tellsApart(int entry, List<String> part, List<String> message, boolean titleOnly) {
        List<Integer> kin = kin(entry);
        if (kin.isEmpty()) {
            return false;
        }
        Set<String> ownTitle = new java.util.HashSet<>(evidence.get(entry).phrasings().getFirst());
        kin.forEach(k -> ownTitle.removeAll(evidence.get(k).phrasings().getFirst()));
        List<String> shared = part.stream().distinct()
                .filter(t -> topical(t) && evidence.get(entry).terms().contains(t)).toList();
        if (shared.isEmpty() || namesItsKind(entry, kin, message)) {
            return false;
        }
        if (titleOnly) {
            // its name, and besides it only words the entries of its kind have too
            return shared.stream().anyMatch(ownTitle::contains) && shared.stream().allMatch(t -> ownTitle.contains(t)
                    || kin.stream().anyMatch(k -> evidence.get(k).terms().contains(t)));
        }
        return shared.stream().allMatch(t -> ownTitle.contains(t)
                || kin.stream().noneMatch(k -> evidence.get(k).terms().contains(t)));
    }

    /**
     * The entries of the entry's kind: the same tags (the regions' shelters, the first and the replacement ID card) and a
     * word of the title.
     */
    private List<Integer> kin(int entry) {
        Set<String> title = evidence.get(entry).phrasings().getFirst();
        Set<String> tags = Set.copyOf(entries.get(entry).tags());
        List<Integer> kin = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (i != entry && !tags.isEmpty() && tags.equals(Set.copyOf(entries.get(i).tags()))
                    && evidence.get(i).phrasings().getFirst().stream().anyMatch(title::contains)) {
                kin.add(i);
            }
        }
        return kin;
    }

    /** Whether the entry shares at least one topical term with the question. */
    boolean topicEvidence(int entry, List<String> terms) {
        return terms.stream().anyMatch(t -> topical(t) && evidence.get(entry).terms().contains(t));
    }

    /** How many of a question's topic words no entry has make a sure result resting on one shared word unsure. */
    static final int UNKNOWN_BESIDE_ONE_WORD = 2;
    /**
     * The shortest word no entry has that counts as a topic beside the one shared: two letters or fewer is an abbreviation
     * the normaliser left ("rs", "jd") or half an English phrase ("pick up"), no topic.
     */
    static final int UNKNOWN_TOPIC_MIN_LENGTH = 3;

    /**
     * See {@link KnowledgeRetriever#restsOnOneWord}: the entry shares exactly one of the question's topic words, and at
     * least {@link #UNKNOWN_BESIDE_ONE_WORD} of the others are words no entry has ("pertamini di kampung sy jual pertalite
     * 15rb seliter. itu legal gk sih?" was answered surely with free legal aid, by "legal" alone; batch R54). A question
     * the office's entries do not speak about, but for one word. A fact-check ({@link #factCheck}) is never sure on one
     * shared word, whatever else the question has.
     */
    boolean restsOnOneWord(int entry, List<String> terms) {
        List<String> topic = topicTerms(terms).stream().distinct().toList();
        long shared = topic.stream().filter(t -> evidence.get(entry).terms().contains(t)).count();
        // "sy punya mobil pick up ... antar jemput ke rs ... gmn cara daftarnya jd relawan?" asks about volunteering
        long unknown = topic.stream().filter(t -> !known(t) && t.length() >= UNKNOWN_TOPIC_MIN_LENGTH).count();
        return shared == 1 && (unknown >= UNKNOWN_BESIDE_ONE_WORD || factCheck(entry));
    }

    /** The tag of an entry that says a rumour is false (a fact-check: "HOAKS. Kabar bahwa ... tidak benar"). */
    static final String FACT_CHECK_TAG = "hoaks";

    /**
     * Whether the entry is a fact-check ({@link #FACT_CHECK_TAG}): it calls a claim false, and sent surely to a citizen who
     * reports the real thing ("ada videonya, sy kirim disini boleh?" was answered surely with "HOAKS. Kabar bahwa
     * Bendungan Wadas Lintang jebol tidak benar", by "video" alone) it is the worst wrong answer. One shared word never
     * makes it sure.
     */
    private boolean factCheck(int entry) {
        return entries.get(entry).tags().contains(FACT_CHECK_TAG);
    }

    /**
     * The question's own topic words, most specific (highest idf) first: its topical terms, and its words that
     * no entry has and that are no typo of a word some entry has ("santunan" where no approved entry says it).
     */
    List<String> topicTerms(List<String> terms) {
        return terms.stream()
                .filter(t -> topical(t) || (!known(t) && !nearlyKnown(t) && !IndonesianAnalysis.KEPT_TERMS.contains(t)
                        && !genericTerms.contains(t) && t.chars().noneMatch(Character::isDigit)))
                .sorted(java.util.Comparator.comparingDouble(this::idf).reversed())
                .toList();
    }

    /** The position of the entry with this id in this snapshot, or -1. */
    int position(String entryId) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(entryId)) {
                return i;
            }
        }
        return -1;
    }

    boolean shareTopic(int a, int b) {
        List<String> tagsB = entries.get(b).tags();
        // A tag on a large share of the entries (the crisis itself, "banjir") says nothing about the topic.
        int general = Math.max(2, entries.size() / 5);
        return entries.get(a).tags().stream()
                .anyMatch(t -> tagsB.contains(t) && tagFrequency.getOrDefault(t, 0) <= general);
    }
}
