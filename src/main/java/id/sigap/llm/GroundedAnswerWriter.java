package id.sigap.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a short answer in the citizen's language from the retrieved entries only, through a
 * LangChain4j AI service, and keeps it only when the {@link GroundingCheck} accepts it. Any failure —
 * timeout, server error, an ungrounded or declined answer — returns a reason instead, and the caller
 * falls back to the extractive answer (or a handoff): the citizen's message is never lost.
 * Callers must redact personal data from the question and history before calling.
 */
public class GroundedAnswerWriter {

    private static final Logger log = LoggerFactory.getLogger(GroundedAnswerWriter.class);
    private static final int MAX_SOURCE_CHARS = 2500;

    private final AnswerAssistant assistant;
    private final LlmSettings settings;
    private final String userTemplate;

    public GroundedAnswerWriter(ChatModel model, LlmSettings settings) {
        this.settings = settings;
        String system = PromptFiles.load(settings.promptsDir(), "answer-system.md");
        this.userTemplate = PromptFiles.load(settings.promptsDir(), "answer-user.md");
        this.assistant = AiServices.builder(AnswerAssistant.class)
                .chatModel(model)
                .systemMessageProvider(memoryId -> system)
                .build();
    }

    /**
     * The outcome: an accepted answer, or the reason there is none.
     *
     * @param failure   {@code llm-error:<exception>} or {@code ungrounded:<rule>[:<detail>]}; null when accepted
     * @param rejection the grounding rule that rejected the answer; null when none did
     */
    public record Attempt(Optional<GeneratedAnswer> answer, String failure, long latencyMicros,
                          GroundingRejection rejection) {

        Attempt(Optional<GeneratedAnswer> answer, String failure, long latencyMicros) {
            this(answer, failure, latencyMicros, null);
        }
    }

    public Attempt write(String question, List<SourceText> sources, List<String> history) {
        long start = System.nanoTime();
        if (sources.isEmpty()) {
            return new Attempt(Optional.empty(), "no-sources", 0);
        }
        String prompt = PromptFiles.fill(userTemplate, Map.of(
                "sources", sources.stream().map(GroundedAnswerWriter::describe).collect(Collectors.joining("\n\n")),
                "history", history.isEmpty() ? "(tidak ada)" : String.join("\n", history),
                "question", question.replace(">>>", "> > >")));
        String raw;
        try {
            raw = assistant.write(prompt);
        } catch (RuntimeException e) {
            log.warn("LLM answer failed ({}); using the extractive answer", e.getClass().getSimpleName());
            return new Attempt(Optional.empty(), "llm-error:" + e.getClass().getSimpleName(), micros(start));
        }
        GroundingCheck.Verdict verdict = GroundingCheck.check(raw, sources);
        if (!verdict.grounded()) {
            // The rule only: the detail may quote what the model made up (a link, a number).
            log.info("Generated answer rejected: {}", verdict.rejection().reason().code());
            return new Attempt(Optional.empty(), "ungrounded:" + verdict.reason(), micros(start), verdict.rejection());
        }
        return new Attempt(Optional.of(new GeneratedAnswer(verdict.text(), verdict.citedIds(), settings.model())),
                null, micros(start));
    }

    public String model() {
        return settings.model();
    }

    private static String describe(SourceText s) {
        String text = s.text().length() > MAX_SOURCE_CHARS ? s.text().substring(0, MAX_SOURCE_CHARS) : s.text();
        return "[" + s.entryId() + "] " + s.title() + "\n" + text;
    }

    private static long micros(long start) {
        return (System.nanoTime() - start) / 1000;
    }
}
