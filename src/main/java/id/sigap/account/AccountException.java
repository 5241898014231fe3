package id.sigap.account;

/** A refused account change; the message is shown to the admin as it is (Indonesian). */
public class AccountException extends RuntimeException {

    AccountException(String message) {
        super(message);
    }
}
