package id.sigap.monitoring;

/** Pseudonymous ids for accounts, channels and groups (keyed HMAC, as in transcripts): never the Telegram ids. */
@FunctionalInterface
interface Pseudonyms {

    /** The pseudonym of {@code id} in the given namespace ({@code telegram} chats, {@code telegram-user} accounts). */
    String of(String namespace, long id);
}
