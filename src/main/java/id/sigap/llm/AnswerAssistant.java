package id.sigap.llm;

/** The LangChain4j AI service that writes an answer; its system prompt comes from {@code prompts/answer-system.md}. */
interface AnswerAssistant {

    String write(String userPrompt);
}
