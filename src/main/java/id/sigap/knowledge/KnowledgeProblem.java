package id.sigap.knowledge;

/**
 * One problem found in a knowledge-base file, printed as {@code FILE:LINE: message}.
 *
 * @param file    the file, as the path it was found under (the directory given plus the relative path)
 * @param line    1-based line number the problem points at
 * @param message what is wrong, in one line
 */
public record KnowledgeProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
