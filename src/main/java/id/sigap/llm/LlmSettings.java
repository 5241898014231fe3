package id.sigap.llm;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The OpenAI-compatible server for generated answers ({@code sigap.openai.*}).
 *
 * @param apiKey     {@code OPENAI_API_KEY}; blank: extractive answers only
 * @param baseUrl    {@code OPENAI_BASE_URL}
 * @param model      {@code OPENAI_MODEL}
 * @param timeout    longest wait for one answer before falling back to the extractive one
 * @param promptsDir directory of the prompt files ({@code answer-system.md}, {@code answer-user.md})
 */
@ConfigurationProperties("sigap.openai")
public record LlmSettings(String apiKey, String baseUrl, String model, Duration timeout, Path promptsDir) {

    public LlmSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://api.openai.com/v1" : baseUrl.trim();
        model = model == null || model.isBlank() ? "gpt-4o-mini" : model.trim();
        timeout = timeout == null ? Duration.ofSeconds(8) : timeout;
        promptsDir = promptsDir == null ? Path.of("prompts") : promptsDir;
    }

    public boolean enabled() {
        return apiKey != null && !apiKey.isBlank();
    }
}
