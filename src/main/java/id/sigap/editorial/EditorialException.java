package id.sigap.editorial;

/** A refused editorial action; the message is shown to the editor as it is (Indonesian). */
public class EditorialException extends RuntimeException {

    EditorialException(String message) {
        super(message);
    }
}
