package id.sigap.conversation;

import dev.langchain4j.model.openai.OpenAiChatModel;
import id.sigap.conversation.Decision.Outcome;
import id.sigap.knowledge.KnowledgeEntry;
import id.sigap.llm.FakeOpenAiServer;
import id.sigap.llm.GroundedAnswerWriter;
import id.sigap.llm.GroundingFixtures;
import id.sigap.llm.LlmSettings;
import id.sigap.ops.SigapMetrics;
import id.sigap.retrieval.KnowledgeRetriever;
import id.sigap.retrieval.RetrievalHit;
import id.sigap.retrieval.RetrievalResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole answer path with an LLM configured: retrieval hands the entries to the generated composer,
 * the real LangChain4j client asks the fake server, which returns an invented answer citing the entry.
 * The citizen must get the approved text (the extractive answer) and never the invention, and the turn
 * records which grounding rule refused the generated one.
 */
class GeneratedAnswerFallbackTest {

    static FakeOpenAiServer server;
    static GeneratedComposer generated;

    @BeforeAll
    static void start() throws Exception {
        server = new FakeOpenAiServer();
        LlmSettings settings = new LlmSettings("test-key", server.baseUrl(), "fake-model", Duration.ofSeconds(5), Path.of("prompts"));
        GroundedAnswerWriter writer = new GroundedAnswerWriter(OpenAiChatModel.builder().baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey()).modelName(settings.model()).timeout(settings.timeout()).maxRetries(0).build(),
                settings);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("writer", writer));
        generated = new GeneratedComposer(beans.getBeanProvider(GroundedAnswerWriter.class),
                beans.getBeanProvider(SigapMetrics.class));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<GroundingFixtures.Attack> attacks() {
        return GroundingFixtures.attacks();
    }

    /** Retrieval that confidently returns the given entries, best first. */
    private static KnowledgeAnswerer answerer(List<String> entryIds) {
        List<RetrievalHit> hits = new ArrayList<>();
        for (String id : entryIds) {
            KnowledgeEntry e = GroundingFixtures.KB.entry(id).orElseThrow();
            hits.add(new RetrievalHit(e.id(), e.title(), e.body(), e.sourceUrl(), 1.0 / (hits.size() + 1), hits.size() + 1));
        }
        KnowledgeRetriever retriever = question -> new RetrievalResult(question, question, hits, 0.95, true, List.of(),
                "test", 0);
        return new KnowledgeAnswerer(retriever, List.of(generated, new ExtractiveComposer()), RecentQuestions.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void theCitizenGetsTheApprovedTextNeverTheInvention(GroundingFixtures.Attack attack) {
        server.answer = attack.answer();
        ConversationResult result = answerer(attack.sources()).answer(IncomingMessage.text("test", 1, 42, attack.question()));

        assertThat(result.decision().outcome()).isEqualTo(Outcome.ANSWER);
        Reply reply = result.replies().getFirst();
        KnowledgeEntry top = GroundingFixtures.KB.entry(attack.sources().getFirst()).orElseThrow();
        // An English question gets the Indonesian entry introduced in English first, its title then opening the text.
        assertThat(reply.title() + "\n" + reply.text()).contains(top.title());
        assertThat(reply.text()).doesNotContain(attack.invention()).doesNotContain(attack.answer());
        assertThat(result.decision().notes()).contains("mode:extractive")
                .anyMatch(r -> r.startsWith("generated-rejected:"));
    }

    @Test
    void anHonestAnswerIsStillDeliveredAsGenerated() {
        GroundingFixtures.Honest honest = GroundingFixtures.honest().getFirst();
        server.answer = honest.answer();
        ConversationResult result = answerer(List.of(honest.entry(), "banjir-posko-batu-sari"))
                .answer(IncomingMessage.text("test", 1, 42, "posko sangkara timur dimana"));

        assertThat(result.decision().notes()).contains("mode:generated").noneMatch(r -> r.startsWith("generated-rejected"));
        assertThat(result.replies().getFirst().text()).startsWith("Untuk warga Kecamatan Sangkara Timur ada dua posko");
    }
}
