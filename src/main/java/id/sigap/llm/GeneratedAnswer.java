package id.sigap.llm;

import java.util.List;

/**
 * A model-written answer that passed the grounding check.
 *
 * @param text     the answer with citation markers removed
 * @param citedIds the entries it cites, in order of first citation
 * @param model    the model that wrote it
 */
public record GeneratedAnswer(String text, List<String> citedIds, String model) {
}
