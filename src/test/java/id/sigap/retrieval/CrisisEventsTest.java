package id.sigap.retrieval;

import id.sigap.support.ShippedKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An entry about one crisis does not answer a question about another. */
class CrisisEventsTest {

    static HybridKnowledgeRetriever retriever;
    static CrisisEvents shipped;

    @BeforeAll
    static void index() {
        retriever = ShippedKnowledge.retriever();
        shipped = CrisisEvents.load();
    }

    @Test
    void theOfficesListNamesEachCrisisByItsWordsAndPhrases() {
        CrisisEvents events = CrisisEvents.parse("# a comment\n\nbanjir: banjir, flood\nbadai: angin kencang, storm\n",
                "events.txt");

        assertThat(events.named("rumah kebanjiran sejak subuh")).containsExactly("banjir");
        assertThat(events.named("Is the road still flooded?")).containsExactly("banjir");
        assertThat(events.named("angin kencang semalam")).containsExactly("badai");
        assertThat(events.named("masuk angin dari kemarin")).isEmpty();
        assertThat(events.named("posko banjir akibat angin kencang")).containsExactly("badai", "banjir");
    }

    @Test
    void aLineWithoutANameOrWordsIsSkippedAndTheRestStillWorks() {
        CrisisEvents events = CrisisEvents.parse("banjir: banjir\nkebakaran\ngempa:   \nlongsor: longsor\n", "events.txt");

        assertThat(events.named("banjir dan longsor")).containsExactly("banjir", "longsor");
        assertThat(events.named("kebakaran semalam")).isEmpty();
    }

    @Test
    void phrasesThatShareACrisissWordsButNameNoneAreSetAside() {
        CrisisEvents events = CrisisEvents.parse("kebakaran: kebakaran\nbukan krisis: pemadam kebakaran, ayam bakar\n",
                "events.txt");

        assertThat(events.named("nomor pemadam kebakaran berapa")).isEmpty();
        assertThat(events.named("ayam bakar enak di mana")).isEmpty();
        // attack: a fire named beside the fire brigade is still a fire
        assertThat(events.named("rumah kebakaran, nomor pemadam kebakaran berapa")).containsExactly("kebakaran");
    }

    @Test
    void theEmergencyNumbersServeEveryCrisis() {
        // "berapa nomor darurat kalau ada kebakaran" was answered with the flood's emergency numbers, which hold the fire
        // brigade's too; the first version of this rule set that entry aside
        RetrievalResult fire = retriever.retrieve("berapa nomor darurat kalau ada kebakaran");
        RetrievalResult brigade = retriever.retrieve("nomor telepon pemadam kebakaran di sini berapa");

        assertThat(fire.top().orElseThrow().entryId()).isEqualTo("banjir-nomor-darurat");
        assertThat(fire.reasons()).doesNotContain(RetrievalResult.OTHER_CRISIS);
        assertThat(brigade.reasons()).doesNotContain(RetrievalResult.OTHER_CRISIS);
    }

    @Test
    void anEntryAboutNoCrisisFitsEveryQuestionAndAQuestionNamingNoneFitsEveryEntry() {
        assertThat(CrisisEvents.fits(Set.of(), Set.of("kebakaran"))).isTrue();
        assertThat(CrisisEvents.fits(Set.of("banjir"), Set.of())).isTrue();
        assertThat(CrisisEvents.fits(Set.of("banjir"), Set.of("banjir", "badai"))).isTrue();
        assertThat(CrisisEvents.fits(Set.of("banjir"), Set.of("kebakaran"))).isFalse();
    }

    @Test
    void theShippedListKnowsTheCommonCrisesInBothLanguages() {
        assertThat(shipped.named("pasar induk kebakaran semalam")).contains("kebakaran");
        assertThat(shipped.named("KTP sy ikut terbakar di kios")).contains("kebakaran");
        assertThat(shipped.named("gempa susulan masih terasa")).containsExactly("gempa");
        assertThat(shipped.named("after the earthquake yesterday")).containsExactly("gempa");
        assertThat(shipped.named("pohon tumbang kena puting beliung")).containsExactly("badai");
        assertThat(shipped.named("jalan ke desa ketutup longsor")).containsExactly("longsor");
        assertThat(shipped.named("listrik padam dari kemarin")).isEmpty();
    }

    @Test
    void theFloodsRoadClosuresDoNotAnswerARoadClosedAfterAFire() {
        RetrievalResult fire = retriever.retrieve("jalan merdeka dekat pasar induk masih ditutup gk setelah kebakaran?");

        assertThat(fire.confident()).isFalse();
        assertThat(fire.hits()).noneMatch(h -> h.entryId().startsWith("banjir-penutupan-jalan"));
    }

    /** Thirty-fourth session (batch U34, read after its measurement): a marathon's road closures are no flood's. */
    @Test
    void theFloodsRoadClosuresDoNotAnswerAMarathonsClosures() {
        RetrievalResult marathon = retriever.retrieve("min mau tanya marathon sangkara hari minggu itu jalan apa aja yg ditutup ya?");

        assertThat(marathon.top().map(RetrievalHit::entryId)).isNotEqualTo(java.util.Optional.of("banjir-penutupan-jalan"));
        assertThat(marathon.confident()).isFalse();
    }

    /** Forty-sixth session (batch U52, read): thick smoke in a dry season is haze, not the flood's school closures. */
    @Test
    void theFloodsSchoolClosuresDoNotAnswerSchoolsInTheHaze() {
        RetrievalResult haze = retriever.retrieve(
                "sekolah anak sy di kab pesisir barat msh masuk biasa pdhl asap tebel bgt. ada edaran libur gk sih min");
        RetrievalResult flood = retriever.retrieve("sekolah diliburkan gk selama banjir min");

        assertThat(haze.confident() && haze.top().map(RetrievalHit::entryId).orElse("").equals("banjir-sekolah-libur-daring"))
                .isFalse();
        assertThat(flood.top().map(RetrievalHit::entryId)).contains("banjir-sekolah-libur-daring");
    }

    @Test
    void aQuestionAboutTheFloodItselfIsAnsweredAsBefore() {
        // attack: the crisis words must not cost the flood's own questions their entry
        RetrievalResult flood = retriever.retrieve("jalan mana saja yang ditutup karena banjir");
        RetrievalResult unnamed = retriever.retrieve("jalan mana saja yang ditutup");

        assertThat(flood.top().orElseThrow().entryId()).isEqualTo("banjir-penutupan-jalan");
        assertThat(flood.reasons()).doesNotContain(RetrievalResult.OTHER_CRISIS);
        assertThat(unnamed.reasons()).doesNotContain(RetrievalResult.OTHER_CRISIS);
    }

    @Test
    void aFloodAndAnotherCrisisNamedTogetherKeepTheFloodsEntries() {
        RetrievalResult both = retriever.retrieve("posko pengungsian banjir dan longsor di sangkara utara di mana");

        assertThat(both.reasons()).doesNotContain(RetrievalResult.OTHER_CRISIS);
        assertThat(both.top().orElseThrow().entryId()).isEqualTo("banjir-posko-sangkara-utara");
    }

    @Test
    void anEntryAboutNoCrisisStillAnswersAQuestionThatNamesOne() {
        // a KTP burnt in the fire: the flood's lost-documents entry is set aside, the general KTP entry is not
        RetrievalResult burnt = retriever.retrieve("KTP saya ikut terbakar waktu kebakaran pasar, cara ganti gimana");

        assertThat(burnt.hits()).noneMatch(h -> h.entryId().equals("banjir-dokumen-hilang"));
        assertThat(burnt.hits()).anyMatch(h -> h.entryId().equals("layanan-ktp-el-hilang-rusak"));
    }
}
