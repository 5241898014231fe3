package id.sigap.audit;

import java.time.Instant;

/**
 * One change made through the console.
 *
 * @param at      when
 * @param actor   the username (or {@code sistem})
 * @param action  what, e.g. {@code kb.setujui}, {@code akun.ubah}
 * @param subject what it was done to, e.g. an entry id or a username
 * @param before  the state before, or null
 * @param after   the state after, or null
 */
public record AuditRecord(Instant at, String actor, String action, String subject, String before, String after) {
}
