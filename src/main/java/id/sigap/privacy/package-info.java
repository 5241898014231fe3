/**
 * Personal data: redaction of NIK/KK, phone numbers, e-mail addresses and card numbers
 * ({@link id.sigap.privacy.Redactor}), encryption at rest of what must be kept as written
 * ({@link id.sigap.privacy.DataCipher}, keys in {@link id.sigap.privacy.DataKeys}), and durable deletion of
 * one chat's data on request ({@link id.sigap.privacy.ChatDeletions}, carried out by every
 * {@link id.sigap.privacy.ChatDataEraser}). Everyone may use it; it uses no feature. See docs/privacy.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.sigap.privacy;
