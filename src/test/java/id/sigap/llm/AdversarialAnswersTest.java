package id.sigap.llm;

import dev.langchain4j.model.openai.OpenAiChatModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers a model could be talked into — the six inventions of issue 14 and more — returned by a fake
 * OpenAI-compatible server through the real LangChain4j client, each citing a retrieved entry. None may
 * be accepted; each is rejected with a typed reason (the conversation then answers extractively, see
 * {@code id.sigap.conversation.GeneratedAnswerFallbackTest}).
 */
class AdversarialAnswersTest {

    static FakeOpenAiServer server;
    static GroundedAnswerWriter writer;

    @BeforeAll
    static void start() throws Exception {
        server = new FakeOpenAiServer();
        LlmSettings settings = new LlmSettings("test-key", server.baseUrl(), "fake-model", Duration.ofSeconds(5), Path.of("prompts"));
        writer = new GroundedAnswerWriter(OpenAiChatModel.builder().baseUrl(settings.baseUrl()).apiKey(settings.apiKey())
                .modelName(settings.model()).timeout(settings.timeout()).maxRetries(0).build(), settings);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<GroundingFixtures.Attack> attacks() {
        return GroundingFixtures.attacks();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void anInventedAnswerIsRejectedWithATypedReason(GroundingFixtures.Attack attack) {
        server.answer = attack.answer();
        GroundedAnswerWriter.Attempt attempt = writer.write(attack.question(), GroundingFixtures.sources(attack.sources()), List.of());

        System.out.printf("attack | %s | %s%n", attack.name(), attempt.rejection());
        assertThat(attempt.answer()).as(attack.name()).isEmpty();
        assertThat(attempt.rejection()).as(attack.name()).isNotNull();
        assertThat(attempt.failure()).isEqualTo("ungrounded:" + attempt.rejection());
    }

    @Test
    void theSixInventionsOfIssue14AreRejectedForWhatTheyInvent() {
        List<GroundingFixtures.Attack> all = GroundingFixtures.attacks();
        assertThat(all).hasSizeGreaterThanOrEqualTo(16);
        assertThat(reason(all.get(0))).isEqualTo("unsupported-link:bansos-banjir-tirta.xyz/daftar");
        assertThat(reason(all.get(1))).isEqualTo("unsupported-number:lima juta tujuh ratus ribu");
        assertThat(reason(all.get(2))).startsWith("antonym-reversal:");
        assertThat(reason(all.get(3))).isEqualTo("unsupported-link:t.me/bansos_resmi_tirta");
        assertThat(reason(all.get(4))).isEqualTo("negation-flip:+gratis");
        assertThat(reason(all.get(5))).isEqualTo("unsupported-word:karangsari");
    }

    @Test
    void anHonestParaphraseStillArrivesThroughTheSameClient() {
        GroundingFixtures.Honest honest = GroundingFixtures.honest().getFirst();
        server.answer = honest.answer();
        GroundedAnswerWriter.Attempt attempt = writer.write("posko sangkara timur dimana",
                GroundingFixtures.sources(List.of(honest.entry(), "banjir-posko-batu-sari")), List.of());

        assertThat(attempt.answer()).isPresent();
        assertThat(attempt.rejection()).isNull();
        assertThat(attempt.answer().get().text()).contains("Gedung Serbaguna").doesNotContain("[");
    }

    private static String reason(GroundingFixtures.Attack attack) {
        return GroundingCheck.check(attack.answer(), GroundingFixtures.sources(attack.sources())).reason();
    }
}
