package id.sigap.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Generated answers, only when {@code OPENAI_API_KEY} is set; otherwise Sigap answers extractively. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${sigap.openai.api-key:}' != ''")
class LlmConfiguration {

    @Bean
    ChatModel answerChatModel(LlmSettings settings) {
        return OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .temperature(0.0)
                .maxTokens(400)
                .timeout(settings.timeout())
                // One try: a slow model must not keep a citizen waiting; the fallback answers at once.
                .maxRetries(0)
                .build();
    }

    @Bean
    GroundedAnswerWriter groundedAnswerWriter(ChatModel answerChatModel, LlmSettings settings) {
        return new GroundedAnswerWriter(answerChatModel, settings);
    }
}
